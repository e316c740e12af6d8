using System.Net;

namespace AgreementTracker.GraphQL.AspNetCore.Tests;

/// <summary>GET requests: queries from the query string, never mutations.</summary>
public sealed class GetTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestGraphQLServer Server => fixture.Server;

    [Fact]
    public async Task A_query_in_the_query_string_answers_200()
    {
        using var response = await Server.GetAsync("/graphql?query=" + Uri.EscapeDataString("query Q($name: String) { hello(name: $name) }")
            + "&variables=" + Uri.EscapeDataString("{\"name\":\"Hjørring\"}") + "&operationName=Q");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.MediaType());
        Assert.Equal("Hello, Hjørring!", (string?)(await response.JsonBodyAsync())["data"]!["hello"]);
    }

    [Fact]
    public async Task A_mutation_over_get_is_405_allowing_post()
    {
        using var response = await Server.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { increment }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(", ", response.Content.Headers.Allow));
        Assert.NotNull((await response.JsonBodyAsync())["errors"]);
    }

    [Fact]
    public async Task A_named_mutation_selected_from_a_document_with_a_query_is_405_over_get()
    {
        using var response = await Server.GetAsync("/graphql?query=" + Uri.EscapeDataString("query Q { hello } mutation M { increment }") + "&operationName=M");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql?operationName=Q")]
    [InlineData("/graphql?query=%7Bhello%7D&query=%7Bhello%7D")]
    [InlineData("/graphql?query=%7Bhello%7D&variables=%7Bnot-json")]
    [InlineData("/graphql?query=%7Bhello%7D&variables=%5B1%5D")]
    [InlineData("/graphql?query=%7Bhello%7D&extensions=42")]
    public async Task Malformed_parameters_are_400(string pathAndQuery)
    {
        using var response = await Server.GetAsync(pathAndQuery, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.JsonBodyAsync();
        Assert.False(body.ContainsKey("data"));
        Assert.NotEmpty((string?)body["errors"]![0]!["message"] ?? "");
    }
}
