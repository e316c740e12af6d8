using System.Text.Json;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Benchmarks;

/// <summary>
/// The schema, data and queries both engines run, written to files that graphql-js and our engine
/// (in this process or as a server process) both load: plain objects, read by default field resolution.
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
        return new BenchmarkData { SchemaPath = schemaPath, DataPath = dataPath };
    }

    /// <summary>Our schema over the data file, the root fields returning its entries.</summary>
    public static Schema LoadSchema(string dataPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(dataPath));
        var root = (Dictionary<string, object?>)JsonValues.ToObject(json.RootElement)!;
        return new SchemaBuilder()
            .AddTypeDefinitions(Sdl)
            .AddResolver("Query", "shop", _ => root["shop"])
            .AddResolver("Query", "items", _ => root["items"])
            .Build();
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
