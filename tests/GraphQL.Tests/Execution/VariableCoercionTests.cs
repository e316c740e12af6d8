using static AgreementTracker.GraphQL.Tests.Execution.LibraryQueries;

namespace AgreementTracker.GraphQL.Tests.Execution;

public sealed class VariableCoercionTests
{
    private readonly SampleLibrary _library = new();

    private async Task<string> Echo(string variableType, string variablesJson) =>
        await Run(_library, $"query ($v: {variableType}) {{ echo(input: $v) }}", variablesJson);

    [Fact]
    public async Task Input_objects_get_defaults_and_single_values_become_lists()
    {
        Assert.Equal("""{"data":{"echo":"{\"title\":\"T\",\"genre\":0,\"tags\":[\"x\"]}"}}""",
            await Echo("BookInput", """{"v": {"title": "T", "tags": "x"}}"""));
    }

    [Fact]
    public async Task Absent_and_null_variables_differ()
    {
        Assert.Equal("""{"data":{"echo":"null"}}""", await Echo("BookInput", "{}"));
        Assert.Equal("""{"data":{"echo":"null"}}""", await Echo("BookInput", """{"v": null}"""));
        Assert.Equal("""{"data":{"echo":"{\"title\":\"T\",\"genre\":0,\"price\":null}"}}""",
            await Echo("BookInput", """{"v": {"title": "T", "price": null}}"""));
    }

    [Theory]
    [InlineData("BookInput", """{"v": {"tags": []}}""", "Variable \\\"$v\\\" got invalid value { tags: [] }; Field \\\"title\\\" of required type \\\"String!\\\" was not provided.")]
    [InlineData("BookInput", """{"v": {"title": "T", "titel": 1}}""", "Variable \\\"$v\\\" got invalid value { title: \\\"T\\\", titel: 1 }; Field \\\"titel\\\" is not defined by type \\\"BookInput\\\". Did you mean \\\"title\\\"?")]
    [InlineData("BookInput", """{"v": {"title": "T", "genre": "SCIFI"}}""", "Variable \\\"$v\\\" got invalid value \\\"SCIFI\\\" at \\\"v.genre\\\"; Value \\\"SCIFI\\\" does not exist in \\\"Genre\\\" enum.")]
    [InlineData("BookInput", """{"v": {"title": "T", "tags": ["a", null]}}""", "Variable \\\"$v\\\" got invalid value null at \\\"v.tags[1]\\\"; Expected non-nullable type \\\"String!\\\" not to be null.")]
    [InlineData("BookInput!", "{}", "Variable \\\"$v\\\" of required type \\\"BookInput!\\\" was not provided.")]
    [InlineData("BookInput!", """{"v": null}""", "Variable \\\"$v\\\" of non-null type \\\"BookInput!\\\" must not be null.")]
    [InlineData("BookInput", """{"v": "text"}""", "Variable \\\"$v\\\" got invalid value \\\"text\\\"; Expected type \\\"BookInput\\\" to be an object.")]
    public async Task Invalid_variables_are_request_errors_located_at_the_definition(string variableType, string variablesJson, string message)
    {
        Assert.Equal($$$"""{"errors":[{"message":"{{{message}}}","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}""",
            await Echo(variableType, variablesJson));
    }

    [Theory]
    [InlineData("12", "12")]
    [InlineData("4.0", "4")]
    [InlineData("1.5", "error")]
    [InlineData("2147483648", "error")]
    [InlineData("\"12\"", "error")]
    public async Task Int_variables_coerce_like_graphql_js(string json, string expected)
    {
        var result = await Execute(_library, "query ($d: Int) { slowCount(delayMs: $d) }", $$"""{"d": {{json}}}""");
        if (expected == "error") Assert.True(result.IsRequestError);
        else Assert.Equal(4, ((IReadOnlyDictionary<string, object?>)result.Data!)["slowCount"]);
    }

    [Fact]
    public async Task Decimal_variables_keep_every_digit()
    {
        var json = await Run(_library, "mutation ($p: Decimal) { addBook(input: {title: \"X\", price: $p}) { price } }", """{"p": 12345678901234567.89}""");
        Assert.Equal("""{"data":{"addBook":{"price":12345678901234567.89}}}""", json);
    }
}
