using System.Text.Json;
using System.Text.Json.Nodes;
using AgreementTracker.Api.Tests.Scenarios;
using AgreementTracker.TestSupport;

namespace AgreementTracker.Api.Tests.Mutations;

/// <summary>
/// Every mutation in the served schema, each of its input fields in turn given hostile values of its type (control
/// characters, lone surrogates, megabyte-sized text, impossible dates, decimals at the edge of range, huge lists), on a
/// real signed agreement: the answer is never INTERNAL_SERVER_ERROR or a 5xx, and a refused command writes nothing.
/// </summary>
public sealed class HostileInputTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly string[] HostileStrings =
    [
        "", "   ", "\u0000", "Møde\u0000", "\u001B[31m", "\uD800", "\uDFFF x", "\uFFFE", "Mo\u0308de", "😀", "\u202Eevil", "\r\n\t",
        "'); DROP TABLE events.mt_events; --", new string('x', 201), new string('x', 300_000), new string('\u0000', 1_000),
    ];

    private static readonly string[] HostileIds =
        ["00000000-0000-0000-0000-000000000000", "not-an-id", "\u0000", new string('7', 100_000), Guid.NewGuid().ToString()];

    private static readonly string[] HostileDates =
        ["0001-01-01", "9999-12-31", "1989-12-31", "2101-01-01", "2024-02-30", "\u0000", "2024-01-01T00:00:00Z"];

    private static readonly JsonNode[] HostileDecimals =
    [
        "79228162514264337593543950335", "-79228162514264337593543950335", "0.0000000000000000000000000001", "1e400", "NaN", "-0",
        "0.001", "10000000000.01", 1e300, -1,
    ];

    private static readonly JsonNode[] HostileInts = [int.MaxValue, int.MinValue, -1, 0, 3_000_000];

    private static readonly string[] HostilePeriods = ["2024-Q5", "1900", "2999-12", "0000", "\u0000", "2024-H0"];

    [Fact]
    public async Task No_hostile_value_in_any_mutation_field_is_a_server_error_and_a_refusal_writes_nothing()
    {
        await using var host = await ServerHost.StartAsync(database);
        var staff = StaffActions.ForNextStory(host);
        var story = staff.Story;
        var (aalborg, cluster, agreement) = await staff.SignedAgreementAsync();
        var kpi = await staff.DefineKpiAsync(agreement, cluster);
        host.MoveClockTo(story.Day(41), hour: 14);
        await staff.LogMeetingAsync(agreement, aalborg, cluster);
        var commitment = await staff.CommitAsync(agreement, aalborg, "250000");
        var ids = new Dictionary<string, string>
        {
            ["agreementId"] = agreement, ["kpiId"] = kpi, ["commitmentId"] = commitment,
            ["organisationId"] = aalborg, ["partyId"] = aalborg, ["proposedBy"] = aalborg, ["responsibleId"] = cluster,
            ["responsiblePartyId"] = cluster, ["reportedById"] = cluster, ["intoId"] = cluster,
        };
        var schema = new SchemaShape((await host.GraphQLAsync(SchemaShape.Query)).ShouldSucceed().Data);
        var baseline = new Baseline(schema, ids, host.Today, story.End, story.FirstQuarter.ToString());

        var failures = new List<string>();
        var cases = 0;
        foreach (var (mutation, inputType) in schema.Mutations)
        {
            foreach (var (path, type) in schema.Leaves(inputType))
            {
                foreach (var hostile in HostileValuesFor(type, schema))
                {
                    var input = baseline.InputFor(inputType);
                    Set(input, path, hostile);
                    var before = await StoredEvents.CountAsync(host);
                    var response = await host.GraphQLAsync(
                        $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ __typename }} }}",
                        new Dictionary<string, object?> { ["input"] = input });
                    cases++;
                    var codes = response.Errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null).ToList();
                    var what = $"{mutation} {string.Join('.', path)} = {Describe(hostile)}";
                    if (response.StatusCode >= 500 || codes.Contains("INTERNAL_SERVER_ERROR"))
                        failures.Add($"{what}: HTTP {response.StatusCode} {Describe(response.Body.GetRawText())}");
                    else if (response.Errors.Count > 0 && await StoredEvents.CountAsync(host) != before)
                        failures.Add($"{what}: refused ({string.Join(", ", codes)}) but wrote events");
                    else if (response.Body.GetRawText().Length > 5_000)
                        failures.Add($"{what}: an answer of {response.Body.GetRawText().Length} characters");
                }
            }
        }

        Assert.True(cases > 500, $"only {cases} cases");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases failed:\n{string.Join('\n', failures.Take(40))}");
    }

    private static IEnumerable<JsonNode?> HostileValuesFor(TypeRef type, SchemaShape schema) => type switch
    {
        { IsList: true } list => [new JsonArray(), ManyOf(list.Item!, schema)],
        { Name: "String" } => HostileStrings.Select(s => (JsonNode?)s),
        { Name: "ID" } => HostileIds.Select(s => (JsonNode?)s),
        { Name: "Date" } => HostileDates.Select(s => (JsonNode?)s),
        { Name: "Decimal" } => HostileDecimals.Select(d => d.DeepClone()),
        { Name: "Int" } => HostileInts.Select(i => i.DeepClone()),
        { Name: "ReportingPeriod" } => HostilePeriods.Select(s => (JsonNode?)s),
        _ => [],
    };

    /// <summary>301 copies of a plain item: more than any list allows.</summary>
    private static JsonNode ManyOf(TypeRef item, SchemaShape schema) =>
        new JsonArray(Enumerable.Range(0, 301).Select(_ => Plain(item, schema)).ToArray());

    private static JsonNode? Plain(TypeRef type, SchemaShape schema) => type.Name switch
    {
        "String" => "Tekst",
        "ID" => Guid.NewGuid().ToString(),
        _ when schema.EnumValues(type.Name) is [var first, ..] => first,
        _ when schema.IsInput(type.Name) => new Baseline(schema, new Dictionary<string, string>(), new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 1), "2025").InputFor(type.Name),
        _ => null,
    };

    private static void Set(JsonObject input, IReadOnlyList<string> path, JsonNode? value)
    {
        JsonNode node = input;
        foreach (var step in path.SkipLast(1))
        {
            node = int.TryParse(step, out var index) ? node[index]! : (node[step] ??= new JsonObject());
        }
        node[path[^1]] = value;
    }

    private static string Describe(object? value)
    {
        var text = value is JsonNode node ? node.ToJsonString() : value?.ToString() ?? "null";
        return text.Length > 120 ? $"{text[..120]}… ({text.Length} characters)" : text;
    }

    private sealed record TypeRef(string Name, bool NonNull, TypeRef? Item)
    {
        public bool IsList => Item is not null;

        public static TypeRef From(JsonElement type) => type.GetProperty("kind").GetString() switch
        {
            "NON_NULL" => From(type.GetProperty("ofType")) with { NonNull = true },
            "LIST" => new TypeRef("", false, From(type.GetProperty("ofType"))),
            _ => new TypeRef(type.GetProperty("name").GetString()!, false, null),
        };
    }

    /// <summary>The mutations and input types of the served schema, read by introspection.</summary>
    private sealed class SchemaShape
    {
        public const string Query = """
            fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
            { __schema {
                mutationType { fields { name args { name type { ...T } } } }
                types { kind name inputFields { name type { ...T } } enumValues { name } } } }
            """;

        private readonly Dictionary<string, JsonElement> _types;

        public SchemaShape(JsonElement data)
        {
            var schema = data.GetProperty("__schema");
            _types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
            Mutations = schema.GetProperty("mutationType").GetProperty("fields").EnumerateArray()
                .Select(f => (f.GetProperty("name").GetString()!, TypeRef.From(f.GetProperty("args")[0].GetProperty("type")).Name))
                .ToList();
        }

        public IReadOnlyList<(string Field, string InputType)> Mutations { get; }

        public bool IsInput(string name) => _types.TryGetValue(name, out var t) && t.GetProperty("kind").GetString() == "INPUT_OBJECT";

        public IReadOnlyList<string> EnumValues(string name) =>
            _types.TryGetValue(name, out var t) && t.GetProperty("enumValues").ValueKind == JsonValueKind.Array
                ? t.GetProperty("enumValues").EnumerateArray().Select(v => v.GetProperty("name").GetString()!).ToList()
                : [];

        public IEnumerable<(string Name, TypeRef Type)> Fields(string inputType) =>
            _types[inputType].GetProperty("inputFields").EnumerateArray().Select(f => (f.GetProperty("name").GetString()!, TypeRef.From(f.GetProperty("type"))));

        /// <summary>Every field to attack: scalars and lists by their path, and the scalars inside nested objects and a list's first item.</summary>
        public IEnumerable<(IReadOnlyList<string> Path, TypeRef Type)> Leaves(string inputType, string[]? prefix = null)
        {
            prefix ??= [];
            foreach (var (name, type) in Fields(inputType))
            {
                string[] path = [.. prefix, name];
                if (type.IsList)
                {
                    yield return (path, type);
                    if (IsInput(type.Item!.Name))
                        foreach (var leaf in Leaves(type.Item.Name, [.. path, "0"])) yield return leaf;
                }
                else if (IsInput(type.Name))
                {
                    foreach (var leaf in Leaves(type.Name, path)) yield return leaf;
                }
                else
                {
                    yield return (path, type);
                }
            }
        }
    }

    /// <summary>Plausible values for every required field (and every list, with one item), so a command reaches as far as its values let it.</summary>
    private sealed class Baseline(SchemaShape schema, IReadOnlyDictionary<string, string> ids, DateOnly today, DateOnly end, string period)
    {
        public JsonObject InputFor(string inputType)
        {
            var input = new JsonObject();
            foreach (var (name, type) in schema.Fields(inputType))
            {
                if (type.IsList)
                    input[name] = new JsonArray(ValueFor(name, type.Item!));
                else if (type.NonNull || schema.IsInput(type.Name))
                    input[name] = ValueFor(name, type);
            }
            return input;
        }

        private JsonNode? ValueFor(string name, TypeRef type) => type.Name switch
        {
            "ID" => ids.TryGetValue(name, out var id) ? id : Guid.NewGuid().ToString(),
            "String" => name == "name" ? $"Navn {Guid.NewGuid():N}" : "Tekst",
            "Date" => (name is "end" or "newEnd" or "targetDate" or "newTargetDate" ? end : today).ToString("yyyy-MM-dd"),
            "Decimal" => "1",
            "Int" => name == "year" ? today.Year : 1,
            "ReportingPeriod" => period,
            "Boolean" => true,
            _ when schema.IsInput(type.Name) => InputFor(type.Name),
            _ when schema.EnumValues(type.Name) is [var first, ..] => first,
            _ => null,
        };
    }
}
