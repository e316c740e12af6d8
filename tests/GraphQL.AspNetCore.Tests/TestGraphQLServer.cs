using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementTracker.GraphQL.AspNetCore.Tests;

/// <summary>An in-memory ASP.NET Core host serving <see cref="CountingSchema"/> at /graphql.</summary>
internal sealed class TestGraphQLServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestGraphQLServer(WebApplication app) => _app = app;

    public HttpClient Client { get; private set; } = null!;

    public static async Task<TestGraphQLServer> StartAsync(Action<GraphQLServerOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGraphQL(CountingSchema.Build(), configure);
        var app = builder.Build();
        app.UseWebSockets();
        app.MapGraphQL();
        await app.StartAsync();
        return new TestGraphQLServer(app) { Client = app.GetTestClient() };
    }

    public WebSocketClient CreateWebSocketClient() => _app.GetTestServer().CreateWebSocketClient();

    public Uri WebSocketUri => new(_app.GetTestServer().BaseAddress, "graphql");

    /// <summary>POSTs a raw body with the given content type and Accept header.</summary>
    public async Task<HttpResponseMessage> PostAsync(string body, string? contentType = "application/json", string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null) request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostQueryAsync(string query, object? variables = null, string? operationName = null, string? accept = null) =>
        PostAsync(JsonSerializer.Serialize(new { query, variables, operationName }), accept: accept);

    public async Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal static class ResponseReading
{
    public static async Task<JsonObject> JsonBodyAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;
}
