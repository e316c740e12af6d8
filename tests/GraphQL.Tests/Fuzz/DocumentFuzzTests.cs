using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Protection;

namespace AgreementTracker.GraphQL.Tests.Fuzz;

/// <summary>
/// Mutates valid documents at random (seeded, bounded) and sends them through the whole pipeline:
/// every outcome must be a result (data and/or spec-shaped errors), never an escaping exception.
/// </summary>
public sealed class DocumentFuzzTests
{
    private const int Iterations = 2_000;

    private static readonly string[] Seeds =
    [
        "query Q($id: ID!, $g: Genre = FICTION) { book(id: $id) { ...F author { name books { title } } } books(genre: $g, first: 2) { edges { cursor node { id } } } } fragment F on Book { title genre price published }",
        "{ search(text: \"a\") { __typename ... on Book { title } ... on Author { name } } node(id: \"b1\") { id ... on Book { writer { name } } } }",
        "mutation M { addBook(input: {title: \"T\", genre: POETRY, price: 1.5, tags: [\"x\"]}) { id title } increment }",
        "{ __schema { types { name fields(includeDeprecated: true) { name args { name defaultValue } } } } __type(name: \"Book\") { kind } }",
        "query ($d: Int = 1, $skip: Boolean!) { slowCount(delayMs: $d) @skip(if: $skip) echo(input: {title: \"\"\"block\"\"\"}) }",
    ];

    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "...", "!", "=", "|", "&", "\"", "\"\"\"", "#", "\\u{1F600}", "\\uD800",
        "null", "true", "on", "fragment", "query", "$id", "@skip(if: true)", "@include", "__typename", "1e9", "-0", "9999999999",
        "\u0000", "\u00e9", "😀", "\n", ",", "...F", "... on Author", "Book", "x: ", "{ a }", "(id: \"b2\")",
    ];

    [Fact]
    public async Task Mutated_documents_never_throw()
    {
        var library = new SampleLibrary();
        var executor = new GraphQLExecutor(library.Schema, new GraphQLExecutorOptions { Limits = RequestLimits.Default });
        var random = new Random(20211026);
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < Iterations; i++)
        {
            var document = Mutate(Seeds[random.Next(Seeds.Length)], random);
            var variables = System.Text.Json.JsonDocument.Parse(random.Next(3) switch
            {
                0 => "{\"id\": \"b1\", \"skip\": false}",
                1 => "{\"id\": 5, \"d\": \"x\", \"skip\": null}",
                _ => "{}",
            }).RootElement;
            var result = await executor.ExecuteAsync(new GraphQLRequest { Query = document, Variables = variables });
            Assert.True(result.HasData || result.Errors is { Count: > 0 }, $"no data and no errors for: {document}");
            var json = result.ToJson();
            Assert.StartsWith("{", json);
            var kind = result.IsRequestError ? result.ErrorKind.ToString() : "Executed";
            outcomes[kind] = outcomes.GetValueOrDefault(kind) + 1;
        }
        Assert.True(outcomes.Count >= 3, "mutations should reach several stages: " + string.Join(", ", outcomes));
    }

    private static string Mutate(string seed, Random random)
    {
        var text = seed;
        var edits = 1 + random.Next(4);
        for (var e = 0; e < edits; e++)
        {
            var position = random.Next(text.Length + 1);
            switch (random.Next(4))
            {
                case 0:
                    text = text.Insert(position, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1:
                    if (text.Length > 0) text = text.Remove(Math.Min(position, text.Length - 1), Math.Min(1 + random.Next(8), text.Length - Math.Min(position, text.Length - 1)));
                    break;
                case 2:
                    text = text[..position];
                    break;
                default:
                    var other = Seeds[random.Next(Seeds.Length)];
                    var start = random.Next(other.Length);
                    text = text.Insert(position, other.Substring(start, Math.Min(other.Length - start, 1 + random.Next(30))));
                    break;
            }
        }
        return text;
    }
}
