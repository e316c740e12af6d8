using System.Net;
using AgreementTracker.Server.Hosting;
using AgreementTracker.Server.SignIn;
using AgreementTracker.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementTracker.Identity.Tests;

/// <summary>The <c>token</c> command: a script's way to a token, against the same database as the running server.</summary>
public sealed class TokenCommandTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    private ServerHost _server = null!;

    public async Task InitializeAsync() => _server = await ServerHost.StartAsync(database);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task It_prints_only_a_token_that_the_running_server_accepts()
    {
        await _server.TokenAsync();
        var output = new StringWriter();
        var errors = new StringWriter();

        var exit = await TokenCommand.RunAsync(["token", TestUsers.Coordinator.UserName, "--minutes", "5", "--connection", _server.ConnectionString],
            output, errors, builder => builder.Services.AddSingleton<TimeProvider>(_server.Clock));

        Assert.Equal(0, exit);
        var token = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var result = await _server.Alba.Scenario(s =>
        {
            s.Post.Json(new { query = "{ organisations { nodes { id } } }" }).ToUrl("/graphql");
            s.WithBearerToken(token);
            s.IgnoreStatusCode();
        });
        Assert.Equal((int)HttpStatusCode.OK, result.Context.Response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_user_gets_no_token_and_a_plain_reason()
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        var exit = await TokenCommand.RunAsync(["token", "ingen.saadan", "--connection", _server.ConnectionString], output, errors);

        Assert.Equal(2, exit);
        Assert.Equal("", output.ToString());
        Assert.Contains("There is no user 'ingen.saadan'", errors.ToString());
    }

    [Fact]
    public async Task A_lifetime_out_of_range_is_refused_before_anything_runs() =>
        await Assert.ThrowsAsync<CommandLineException>(() =>
            TokenCommand.RunAsync(["token", "koordinator", "--minutes", "0"], TextWriter.Null, TextWriter.Null));
}
