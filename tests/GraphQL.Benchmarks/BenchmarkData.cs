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
        type Query { shop: Shop! items: [Item!]! orders: [Order!]! readings: [Int!]! }
        type Shop { name: String! city: String! open: Boolean! owner: Supplier! }
        type Item { id: ID! name: String! price: Float! stock: Int! tags: [String!]! supplier: Supplier! }
        type Supplier { id: ID! name: String! country: String! }
        type Order { id: ID! placed: String! customer: Customer! lines: [OrderLine!]! }
        type Customer { id: ID! name: String! city: String! }
        type OrderLine { quantity: Int! item: Item! }
        """;

    public const string SmallQuery = "query Shop { shop { name city open owner { id name country } } }";

    public const string NestedListQuery = "query Items { items { id name price stock tags supplier { id name country } } }";

    public const string OrdersQuery =
        "query Orders { orders { id placed customer { name city } lines { quantity item { id name price supplier { name country } } } } }";

    public const string ReadingsQuery = "query Readings { readings }";

    public const int ItemCount = 1000;

    public const int OrderCount = 200;

    public const int LinesPerOrder = 5;

    public const int ReadingCount = 10_000;

    /// <summary>The shapes both engines answer, by name.</summary>
    public static IReadOnlyList<(string Name, string Query)> Shapes { get; } =
    [
        ("small query", SmallQuery),
        ($"{ItemCount}-item nested list", NestedListQuery),
        ($"{OrderCount} orders x {LinesPerOrder} lines, nested objects", OrdersQuery),
        ($"{ReadingCount:N0} leaves in a list", ReadingsQuery),
    ];

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
            ["orders"] = Enumerable.Range(0, OrderCount).Select(Order).ToList(),
            ["readings"] = Enumerable.Range(0, ReadingCount).ToList(),
        };
        var schemaPath = Path.Combine(directory, "schema.graphql");
        var dataPath = Path.Combine(directory, "data.json");
        File.WriteAllText(schemaPath, Sdl);
        File.WriteAllText(dataPath, JsonSerializer.Serialize(root));
        return new BenchmarkData { SchemaPath = schemaPath, DataPath = dataPath };
    }

    /// <summary>The data file as plain dictionaries and lists, the values both engines read.</summary>
    public static Dictionary<string, object?> LoadRoot(string dataPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(dataPath));
        return (Dictionary<string, object?>)JsonValues.ToObject(json.RootElement)!;
    }

    /// <summary>Our schema over the data, the root fields returning its entries.</summary>
    public static Schema LoadSchema(Dictionary<string, object?> root) =>
        new SchemaBuilder()
            .AddTypeDefinitions(Sdl)
            .AddResolver("Query", "shop", _ => root["shop"])
            .AddResolver("Query", "items", _ => root["items"])
            .AddResolver("Query", "orders", _ => root["orders"])
            .AddResolver("Query", "readings", _ => root["readings"])
            .Build();

    private static Dictionary<string, object?> Item(int index) => new()
    {
        ["id"] = $"item-{index}",
        ["name"] = $"Item number {index}",
        ["price"] = 10.5 + index,
        ["stock"] = index % 97,
        ["tags"] = new List<object?> { "catalogue", index % 2 == 0 ? "even" : "odd" },
        ["supplier"] = Supplier(index % 25),
    };

    private static Dictionary<string, object?> Order(int index) => new()
    {
        ["id"] = $"order-{index}",
        ["placed"] = $"2026-{index % 12 + 1:00}-{index % 28 + 1:00}",
        ["customer"] = new Dictionary<string, object?> { ["id"] = $"customer-{index % 40}", ["name"] = $"Customer {index % 40}", ["city"] = "Aarhus" },
        ["lines"] = Enumerable.Range(0, LinesPerOrder)
            .Select(line => new Dictionary<string, object?> { ["quantity"] = line + 1, ["item"] = Item((index * LinesPerOrder + line) % ItemCount) })
            .ToList(),
    };

    private static Dictionary<string, object?> Supplier(int index) => new()
    {
        ["id"] = $"supplier-{index}", ["name"] = $"Supplier {index}", ["country"] = "DK",
    };
}
