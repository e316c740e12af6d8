using System.Net;
using AgreementTracker.Identity.Keys;
using AgreementTracker.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementTracker.Identity.Tests;

/// <summary>Two nodes started at the same moment on a new database: both come up, and they sign with one key.</summary>
public sealed class FirstStartTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Two_nodes_starting_together_on_a_new_database_share_one_key_and_accept_each_others_tokens()
    {
        var connectionString = await database.CreateDatabaseAsync();
        var clock = TestClock.Start();

        var nodes = await Task.WhenAll(ServerHost.StartOnAsync(connectionString, clock), ServerHost.StartOnAsync(connectionString, clock));
        await using var first = nodes[0];
        await using var second = nodes[1];

        Assert.Equal(first.Services.GetRequiredService<ServerKeys>().Signing.KeyId, second.Services.GetRequiredService<ServerKeys>().Signing.KeyId);
        var token = await first.TokenAsync();
        var result = await second.Alba.Scenario(s =>
        {
            s.Post.Json(new { query = "{ organisations { nodes { id } } }" }).ToUrl("/graphql");
            s.WithBearerToken(token);
            s.IgnoreStatusCode();
        });
        Assert.Equal((int)HttpStatusCode.OK, result.Context.Response.StatusCode);
    }
}
