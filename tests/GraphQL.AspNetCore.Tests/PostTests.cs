using System.Net;

namespace AgreementTracker.GraphQL.AspNetCore.Tests;

/// <summary>POST requests: media type negotiation and the status codes of the GraphQL-over-HTTP draft.</summary>
public sealed class PostTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    private TestGraphQLServer Server => fixture.Server;

    [Theory]
    [InlineData(null, GraphQLResponse)]
    [InlineData("*/*", GraphQLResponse)]
    [InlineData("application/*", GraphQLResponse)]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData(Json, Json)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", Json)]
    [InlineData("text/html, application/json;q=0.8", Json)]
    public async Task A_query_answers_200_in_the_negotiated_media_type(string? accept, string expectedMediaType)
    {
        using var response = await Server.PostQueryAsync("{ hello }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedMediaType, response.MediaType());
        Assert.Equal("Hello, world!", (string?)(await response.JsonBodyAsync())["data"]!["hello"]);
    }

    [Fact]
    public async Task Variables_and_operation_name_are_used()
    {
        using var response = await Server.PostQueryAsync(
            "query A { hello } query B($name: String) { hello(name: $name) }", new { name = "Aalborg" }, "B");

        Assert.Equal("Hello, Aalborg!", (string?)(await response.JsonBodyAsync())["data"]!["hello"]);
    }

    [Fact]
    public async Task A_mutation_runs_over_post()
    {
        using var response = await Server.PostQueryAsync("mutation { increment(by: 2) }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((int)(await response.JsonBodyAsync())["data"]!["increment"]! >= 2);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("image/png, text/*")]
    public async Task An_accept_header_allowing_no_json_type_is_406(string accept)
    {
        using var response = await Server.PostQueryAsync("{ hello }", accept: accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.NotNull((await response.JsonBodyAsync())["errors"]);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    [InlineData(null)]
    public async Task A_body_that_is_not_utf8_json_is_415(string? contentType)
    {
        using var response = await Server.PostAsync("{\"query\":\"{ hello }\"}", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.NotNull((await response.JsonBodyAsync())["errors"]);
    }

    [Fact]
    public async Task Json_with_an_explicit_utf8_charset_is_accepted()
    {
        using var response = await Server.PostAsync("{\"query\":\"{ hello }\"}", "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task A_syntax_error_is_a_request_error_without_data(string accept, HttpStatusCode expected)
    {
        using var response = await Server.PostQueryAsync("{ hello ", accept: accept);

        Assert.Equal(expected, response.StatusCode);
        var body = await response.JsonBodyAsync();
        Assert.False(body.ContainsKey("data"));
        Assert.Equal(1, (int)body["errors"]![0]!["locations"]![0]!["line"]!);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task A_validation_error_is_a_request_error(string accept, HttpStatusCode expected)
    {
        using var response = await Server.PostQueryAsync("{ hello unknownField }", accept: accept);

        Assert.Equal(expected, response.StatusCode);
        var body = await response.JsonBodyAsync();
        Assert.False(body.ContainsKey("data"));
        Assert.Equal(9, (int)body["errors"]![0]!["locations"]![0]!["column"]!);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task An_unknown_operation_name_is_a_request_error(string accept, HttpStatusCode expected)
    {
        using var response = await Server.PostQueryAsync("query A { hello }", operationName: "B", accept: accept);

        Assert.Equal(expected, response.StatusCode);
        Assert.False((await response.JsonBodyAsync()).ContainsKey("data"));
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task A_variable_of_the_wrong_type_is_a_request_error(string accept, HttpStatusCode expected)
    {
        using var response = await Server.PostQueryAsync("query ($by: Int!) { hello }", new { by = "three" }, accept: accept);

        Assert.Equal(expected, response.StatusCode);
        Assert.False((await response.JsonBodyAsync()).ContainsKey("data"));
    }

    [Fact]
    public async Task A_field_error_is_200_with_data_and_errors()
    {
        using var response = await Server.PostQueryAsync("{ hello failing }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonBodyAsync();
        Assert.Equal("Hello, world!", (string?)body["data"]!["hello"]);
        Assert.Equal("failing", (string?)body["errors"]![0]!["path"]![0]);
    }

    [Fact]
    public async Task Null_data_from_a_non_null_root_field_is_still_200()
    {
        using var response = await Server.PostQueryAsync("{ mandatory }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonBodyAsync();
        Assert.True(body.ContainsKey("data"));
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task A_subscription_over_http_is_refused_with_a_request_error()
    {
        using var response = await Server.PostQueryAsync("subscription { countdown(from: 1) }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("WebSocket", (string?)(await response.JsonBodyAsync())["errors"]![0]!["message"]);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405_with_an_allow_header(string method)
    {
        using var response = await Server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST", string.Join(", ", response.Content.Headers.Allow));
    }
}
