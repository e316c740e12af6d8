using System.Net;
using System.Text;

namespace AgreementTracker.GraphQL.AspNetCore.Tests;

/// <summary>Kestrel's own request limits surface as GraphQL-shaped 4xx answers, not server errors.</summary>
public sealed class RequestBodyLimitTests
{
    [Fact]
    public async Task A_body_beyond_the_servers_limit_is_413_with_an_error()
    {
        var (app, endpoint) = await KestrelServerFixture.StartAsync(kestrel => kestrel.Limits.MaxRequestBodySize = 1024);
        await using var _ = app;
        using var http = new HttpClient();
        var query = "{ hello(name: \"" + new string('x', 4096) + "\") }";

        using var response = await http.PostAsync(endpoint, new StringContent($"{{\"query\": \"{query.Replace("\"", "\\\"")}\"}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.NotNull((await response.JsonBodyAsync())["errors"]);
    }
}
