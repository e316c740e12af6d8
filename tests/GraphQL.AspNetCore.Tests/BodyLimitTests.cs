using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgreementTracker.GraphQL.AspNetCore.Tests;

/// <summary>
/// Oversized requests: a body over <see cref="GraphQLServerOptions.MaxRequestBodyBytes"/> is 413 with a GraphQL-shaped
/// error before any of it is parsed, and no error message repeats more than
/// <see cref="GraphQLServerOptions.MaxErrorMessageLength"/> characters of what the client sent.
/// </summary>
public sealed class BodyLimitTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const int OneMiB = 1024 * 1024;

    [Fact]
    public void The_default_limit_is_one_mebibyte() => Assert.Equal(OneMiB, new GraphQLServerOptions().MaxRequestBodyBytes);

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task A_body_over_the_limit_is_413_with_a_graphql_error_and_nothing_runs(string accept)
    {
        var before = await CountAsync(fixture.Server);
        var body = Mutation(padding: 2 * OneMiB);

        using var response = await fixture.Server.PostAsync(body, accept: accept);

        await AssertTooLargeAsync(response, OneMiB);
        Assert.Equal(before, await CountAsync(fixture.Server));
    }

    [Fact]
    public async Task A_body_without_content_length_is_refused_as_soon_as_it_passes_the_limit()
    {
        var before = await CountAsync(fixture.Server);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new UnknownLengthContent(Encoding.UTF8.GetBytes(Mutation(padding: 3 * OneMiB))) };

        using var response = await fixture.Server.Client.SendAsync(request);

        Assert.Null(request.Content.Headers.ContentLength);
        await AssertTooLargeAsync(response, OneMiB);
        Assert.Equal(before, await CountAsync(fixture.Server));
    }

    [Fact]
    public async Task The_limit_is_configurable_and_a_body_at_the_limit_is_read()
    {
        var body = Mutation(padding: 500);
        var size = Encoding.UTF8.GetByteCount(body);
        await using var exact = await TestGraphQLServer.StartAsync(options => options.MaxRequestBodyBytes = size);
        await using var smaller = await TestGraphQLServer.StartAsync(options => options.MaxRequestBodyBytes = size - 1);

        using var accepted = await exact.PostAsync(body);
        using var refused = await smaller.PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(3, (int)(await accepted.JsonBodyAsync())["data"]!["increment"]!);
        await AssertTooLargeAsync(refused, size - 1);
    }

    [Fact]
    public async Task Kestrel_answers_an_oversized_body_with_413_over_a_real_socket()
    {
        var (app, endpoint) = await KestrelServerFixture.StartAsync();
        await using var _ = app;
        using var client = new HttpClient();

        using var response = await client.PostAsync(endpoint, new StringContent(Mutation(padding: 2 * OneMiB), Encoding.UTF8, "application/json"));

        await AssertTooLargeAsync(response, OneMiB);
    }

    [Fact]
    public async Task An_error_message_quoting_a_huge_value_is_cut_short()
    {
        var huge = new string('x', 500_000);
        var body = JsonSerializer.Serialize(new { query = "query ($v: String) { hello(name: $v) }", variables = new { v = new { huge } } });

        using var response = await fixture.Server.PostAsync(body);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (string)JsonNode.Parse(text)!["errors"]![0]!["message"]!;
        Assert.StartsWith("Variable \"$v\" got invalid value", message);
        Assert.EndsWith("more characters not shown)", message);
        Assert.True(text.Length < 2_000, $"the answer is {text.Length} characters");
    }

    /// <summary>A valid mutation (increment by 3) padded with whitespace to more than <paramref name="padding"/> bytes.</summary>
    private static string Mutation(int padding) =>
        "{\"query\": \"mutation { increment(by: 3) }\"" + new string(' ', padding) + "}";

    private static async Task<int> CountAsync(TestGraphQLServer server)
    {
        using var response = await server.PostQueryAsync("mutation { increment(by: 0) }");
        return (int)(await response.JsonBodyAsync())["data"]!["increment"]!;
    }

    private static async Task AssertTooLargeAsync(HttpResponseMessage response, long limit)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var body = await response.JsonBodyAsync();
        Assert.False(body.ContainsKey("data"));
        var error = body["errors"]!.AsArray().Single()!;
        Assert.Contains($"larger than the {limit.ToString("N0", CultureInfo.InvariantCulture)} bytes", (string)error["message"]!);
        Assert.Equal("BAD_USER_INPUT", (string?)error["extensions"]?["code"]);
    }

    /// <summary>A body sent without Content-Length (chunked over a socket).</summary>
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] _bytes;

        public UnknownLengthContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
