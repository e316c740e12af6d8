using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace AgreementTracker.GraphQL.AspNetCore.Tests;

/// <summary>Malformed, truncated, enormous and hostile requests: always a spec-shaped error, never a 500.</summary>
public sealed class BadInputTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestGraphQLServer Server => fixture.Server;

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"query\": \"{ hello }\"")]
    [InlineData("{\"query\": \"{ hello }\"}}")]
    [InlineData("not json at all")]
    [InlineData("[{\"query\": \"{ hello }\"}]")]
    [InlineData("\"{ hello }\"")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"query\": null}")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"query\": [\"{ hello }\"]}")]
    [InlineData("{\"query\": {\"text\": \"{ hello }\"}}")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": \"{}\"}")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": [1, 2]}")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": 7}")]
    [InlineData("{\"query\": \"{ hello }\", \"operationName\": 1}")]
    [InlineData("{\"query\": \"{ hello }\", \"operationName\": {}}")]
    [InlineData("{\"query\": \"{ hello }\", \"extensions\": [1]}")]
    [InlineData("{\"query\": \"{ hello }\", \"extensions\": \"persisted\"}")]
    public async Task A_malformed_request_body_is_400_with_an_error(string body)
    {
        foreach (var accept in new[] { "application/graphql-response+json", "application/json" })
        {
            using var response = await Server.PostAsync(body, accept: accept);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var answer = await response.JsonBodyAsync();
            Assert.False(answer.ContainsKey("data"));
            Assert.False(string.IsNullOrWhiteSpace((string?)answer["errors"]![0]!["message"]));
        }
    }

    [Fact]
    public async Task Null_variables_operation_name_and_extensions_are_accepted()
    {
        using var response = await Server.PostAsync("{\"query\": \"{ hello }\", \"variables\": null, \"operationName\": null, \"extensions\": null}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>2.4 MB of document: refused by the body limit by default (see <see cref="BodyLimitTests"/>), and by the
    /// engine's own limits when the body limit is raised past it.</summary>
    [Fact]
    public async Task An_enormous_document_is_answered_with_an_error()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("hello ", 400_000)) + "}";
        await using var server = await TestGraphQLServer.StartAsync(options => options.MaxRequestBodyBytes = 16 * 1024 * 1024);

        using var response = await server.PostQueryAsync(query);

        await AssertSpecShapedAsync(response);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(10_000)]
    public async Task A_deeply_nested_document_is_answered_with_an_error(int depth)
    {
        var query = new StringBuilder("{ ");
        for (var level = 0; level < depth; level++) query.Append("nested { level ");
        query.Append("name").Append('}', depth + 1);

        using var response = await Server.PostQueryAsync(query.ToString());

        await AssertSpecShapedAsync(response);
    }

    [Fact]
    public async Task Deeply_nested_variables_are_answered_with_an_error()
    {
        var variables = string.Concat(Enumerable.Repeat("[", 5_000)) + string.Concat(Enumerable.Repeat("]", 5_000));

        using var response = await Server.PostAsync($"{{\"query\": \"query ($v: String) {{ hello(name: $v) }}\", \"variables\": {{\"v\": {variables}}}}}");

        await AssertSpecShapedAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>
    /// Mutates valid documents at random (fixed seed, bounded iterations): deletes, duplicates and
    /// swaps characters, inserts punctuation. Every answer must be a GraphQL response, never a 500.
    /// </summary>
    [Fact]
    public async Task Mutated_documents_never_escape_as_server_errors()
    {
        string[] seeds =
        [
            "query Greeting($name: String = \"world\") { hello(name: $name) failing }",
            "{ nested { level { level { name } } name } mandatory }",
            "mutation Count { increment(by: 3) }",
            "query { ...Parts } fragment Parts on Query { hello nested { ... on Nested { name } } }",
            "{ a: hello(name: \"\\u00e6\") b: hello(name: \"\"\"block\"\"\") }",
        ];
        const string punctuation = "{}()[]:$@!.=,\"#\\ \n";
        var random = new Random(20241122);

        for (var iteration = 0; iteration < 400; iteration++)
        {
            var document = new StringBuilder(seeds[random.Next(seeds.Length)]);
            for (var edit = random.Next(1, 4); edit > 0 && document.Length > 0; edit--)
            {
                var at = random.Next(document.Length);
                switch (random.Next(4))
                {
                    case 0: document.Remove(at, 1); break;
                    case 1: document.Insert(at, document[random.Next(document.Length)]); break;
                    case 2: document.Insert(at, punctuation[random.Next(punctuation.Length)]); break;
                    default: (document[at], document[^1]) = (document[^1], document[at]); break;
                }
            }

            using var response = await Server.PostQueryAsync(document.ToString());

            await AssertSpecShapedAsync(response, document.ToString());
        }
    }

    private static async Task AssertSpecShapedAsync(HttpResponseMessage response, string? document = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest,
            $"{(int)response.StatusCode} for {document}: {text[..Math.Min(text.Length, 500)]}");
        var body = JsonNode.Parse(text)!.AsObject();
        Assert.True(body.ContainsKey("data") || body["errors"] is JsonArray { Count: > 0 }, $"neither data nor errors for {document}: {text}");
        foreach (var error in body["errors"]?.AsArray() ?? [])
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)error!["message"]));
        }
    }
}
