using System.Net.Http.Json;
using System.Text.Json;

namespace AgreementTracker.FaultSoak.Load;

/// <summary>An agreement in force and its parties, which meetings are logged on and co-financing is committed by.</summary>
internal sealed record TargetAgreement(Guid Id, IReadOnlyList<Guid> Parties);

/// <summary>What the clients work on, read once from the API: BRN, the municipalities and the agreements in force.</summary>
internal sealed record Targets(Guid BusinessRegion, IReadOnlyList<Guid> Municipalities, IReadOnlyList<TargetAgreement> Agreements)
{
    private const int MostAgreements = 300;

    public static async Task<Targets> ReadAsync(Uri node, string token)
    {
        using var http = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var data = await QueryAsync(http, $$"""
            {
              region: organisations(kind: BUSINESS_REGION, first: 1) { nodes { id } }
              municipalities: organisations(kind: MUNICIPALITY, first: 100) { nodes { id } }
              agreements(filter: { status: IN_FORCE }, first: {{MostAgreements}}) { nodes { id parties { organisation { id } } } }
            }
            """);
        static IEnumerable<JsonElement> Nodes(JsonElement connection) => connection.GetProperty("nodes").EnumerateArray();
        static Guid Id(JsonElement element) => Guid.Parse(element.GetProperty("id").GetString()!);
        var targets = new Targets(
            Nodes(data.GetProperty("region")).Select(Id).Single(),
            Nodes(data.GetProperty("municipalities")).Select(Id).ToList(),
            Nodes(data.GetProperty("agreements"))
                .Select(a => new TargetAgreement(Id(a), a.GetProperty("parties").EnumerateArray().Select(p => Id(p.GetProperty("organisation"))).ToList()))
                .ToList());
        if (targets.Municipalities.Count == 0 || targets.Agreements.Count == 0)
            throw new InvalidOperationException("The demo data has no municipality or no agreement in force to work on.");
        return targets;
    }

    private static async Task<JsonElement> QueryAsync(HttpClient http, string query)
    {
        using var response = await http.PostAsJsonAsync("graphql", new { query });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        if (body.RootElement.TryGetProperty("errors", out var errors))
            throw new InvalidOperationException($"The API refused the soak's query for its targets: {errors}");
        return body.RootElement.GetProperty("data").Clone();
    }
}
