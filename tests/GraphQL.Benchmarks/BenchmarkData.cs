using System.Text.Json;

namespace AgreementTracker.GraphQL.Benchmarks;

/// <summary>
/// The schema, data and queries both engines run: written to files so graphql-js reads exactly what
/// our engine holds in memory (plain objects, resolved by the default field resolver on both sides).
/// </summary>
internal sealed class BenchmarkData
{
    public const string Sdl = """
        type Query { shop: Shop! items: [Item!]! }
        type Shop { name: String! city: String! open: Boolean! owner: Supplier! }
        type Item { id: ID! name: String! price: Float! stock: Int! tags: [String!]! supplier: Supplier! }
        type Supplier { id: ID! name: String! country: String! }
        """;

    public const string SmallQuery = "query Shop { shop { name city open owner { id name country } } }";

    public const string NestedListQuery = "query Items { items { id name price stock tags supplier { id name country } } }";

    public const int ItemCount = 1000;

    public required string SchemaPath { get; init; }

    public required string DataPath { get; init; }

    public required Dictionary<string, object?> RootValue { get; init; }

    public static BenchmarkData WriteTo(string directory)
    {
        var root = new Dictionary<string, object?>
        {
            ["shop"] = new Dictionary<string, object?>
            {
                ["name"] = "Limfjord Books", ["city"] = "Aalborg", ["open"] = true, ["owner"] = Supplier(0),
            },
            ["items"] = Enumerable.Range(0, ItemCount).Select(Item).ToList(),
        };
        var schemaPath = Path.Combine(directory, "schema.graphql");
        var dataPath = Path.Combine(directory, "data.json");
        File.WriteAllText(schemaPath, Sdl);
        File.WriteAllText(dataPath, JsonSerializer.Serialize(root));
        return new BenchmarkData { SchemaPath = schemaPath, DataPath = dataPath, RootValue = root };
    }

    private static Dictionary<string, object?> Item(int index) => new()
    {
        ["id"] = $"item-{index}",
        ["name"] = $"Item number {index}",
        ["price"] = 10.5 + index,
        ["stock"] = index % 97,
        ["tags"] = new List<object?> { "catalogue", index % 2 == 0 ? "even" : "odd" },
        ["supplier"] = Supplier(index % 25),
    };

    private static Dictionary<string, object?> Supplier(int index) => new()
    {
        ["id"] = $"supplier-{index}", ["name"] = $"Supplier {index}", ["country"] = "DK",
    };
}
