using System.Net;
using System.Text.Json;
using AgreementTracker.Server.Hosting;
using AgreementTracker.TestSupport;
using Microsoft.AspNetCore.TestHost;

namespace AgreementTracker.Server.Tests.Hosting;

public sealed class HealthTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Reports_healthy_with_the_database_version_when_the_database_answers()
    {
        await using var app = await ServerApp.BuildAsync(["--connection", database.ConnectionString], b => b.WebHost.UseTestServer());
        await app.StartAsync();

        var response = await app.GetTestClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.StartsWith("1", body.RootElement.GetProperty("database").GetProperty("serverVersion").GetString());
    }

    [Fact]
    public async Task Reports_unhealthy_with_the_reason_when_the_database_is_gone()
    {
        var unreachable = "Host=127.0.0.1;Port=1;Username=nobody;Password=x;Database=none;Timeout=2";
        await using var app = await ServerApp.BuildAsync(["--connection", unreachable], b => b.WebHost.UseTestServer());
        await app.StartAsync();

        var response = await app.GetTestClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("database").GetProperty("error").GetString()));
    }
}
