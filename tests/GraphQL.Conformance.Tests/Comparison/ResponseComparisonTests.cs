using System.Text.Json.Nodes;

namespace AgreementTracker.GraphQL.Conformance.Tests.Comparison;

/// <summary>The comparison itself: a passing differential test only means something if real differences fail it.</summary>
public sealed class ResponseComparisonTests
{
    private static readonly HashSet<string> NoUnorderedKeys = [];
    private static readonly HashSet<string> FixtureMessages = ["title lost"];

    private static IReadOnlyList<string> Compare(string expected, string actual, IReadOnlySet<string>? unordered = null) =>
        ResponseComparison.Differences(JsonNode.Parse(expected)!.AsObject(), JsonNode.Parse(actual)!.AsObject(), unordered ?? NoUnorderedKeys, FixtureMessages);

    [Theory]
    [InlineData("""{"data":{"a":1,"b":"x"}}""", """{"data":{"a":1,"b":"x"}}""")]
    [InlineData("""{"data":{"n":1}}""", """{"data":{"n":1.0}}""")]
    [InlineData("""{"errors":[{"message":"Syntax Error: a","locations":[{"line":1,"column":2}]}]}""",
                """{"errors":[{"message":"Syntax Error: b","locations":[{"column":2,"line":1}],"extensions":{"code":"X"}}]}""")]
    [InlineData("""{"errors":[{"message":"m","locations":[{"line":1,"column":2}]},{"message":"m2","locations":[{"line":1,"column":2}]}]}""",
                """{"errors":[{"message":"other","locations":[{"line":1,"column":2}]}]}""")]
    public void Equivalent_responses_have_no_differences(string expected, string actual) =>
        Assert.Empty(Compare(expected, actual));

    [Theory]
    [InlineData("""{"data":{"a":1,"b":2}}""", """{"data":{"b":2,"a":1}}""")]
    [InlineData("""{"data":{"a":[1,2]}}""", """{"data":{"a":[2,1]}}""")]
    [InlineData("""{"data":{"a":"1"}}""", """{"data":{"a":1}}""")]
    [InlineData("""{"data":{"a":true}}""", """{"data":{"a":false}}""")]
    [InlineData("""{"data":{"a":null}}""", """{"data":{}}""")]
    [InlineData("""{"data":null,"errors":[{"message":"m"}]}""", """{"errors":[{"message":"m"}]}""")]
    [InlineData("""{"data":{"a":null},"errors":[{"message":"m","path":["a"]}]}""", """{"data":{"a":null}}""")]
    [InlineData("""{"data":{"a":null},"errors":[{"message":"m","path":["a"]}]}""", """{"data":{"a":null},"errors":[{"message":"m","path":["b"]}]}""")]
    [InlineData("""{"errors":[{"message":"m","locations":[{"line":1,"column":2}]}]}""", """{"errors":[{"message":"m","locations":[{"line":1,"column":3}]}]}""")]
    [InlineData("""{"data":{"a":null},"errors":[{"message":"title lost","path":["a"]}]}""", """{"data":{"a":null},"errors":[{"message":"Internal error","path":["a"]}]}""")]
    public void Differences_are_reported(string expected, string actual) =>
        Assert.NotEmpty(Compare(expected, actual));

    [Fact]
    public void Lists_under_unordered_keys_may_come_in_any_order()
    {
        Assert.Empty(Compare("""{"data":{"types":[{"name":"A"},{"name":"B"}]}}""", """{"data":{"types":[{"name":"B"},{"name":"A"}]}}""", new HashSet<string> { "types" }));
        Assert.NotEmpty(Compare("""{"data":{"types":[{"name":"A"},{"name":"B"}]}}""", """{"data":{"types":[{"name":"B"},{"name":"C"}]}}""", new HashSet<string> { "types" }));
    }
}
