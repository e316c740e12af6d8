namespace AgreementTracker.GraphQL.AspNetCore.Tests;

/// <summary>
/// graphql-http's server audits (the GraphQL-over-HTTP draft's reference test suite, from npm) run
/// against the endpoint on Kestrel.
/// </summary>
public sealed class GraphQLHttpAuditTests(KestrelServerFixture server) : IClassFixture<KestrelServerFixture>
{
    /// <summary>
    /// Audits still expecting the draft's default before its 2025-01-01 watershed: application/json when
    /// Accept is missing or is <c>*/*</c>. Since the watershed the draft says application/graphql-response+json.
    /// </summary>
    private static readonly HashSet<string> PreWatershedAudits = ["80D8", "47DE"];

    [Fact]
    public async Task Every_audit_passes_but_those_predating_the_accept_watershed()
    {
        var results = await NpmClients.RunAsync("audit.mjs", server.Endpoint.ToString());

        var failed = results
            .Where(result => (string?)result["status"] != "ok" && !PreWatershedAudits.Contains((string)result["id"]!))
            .Select(result => $"{result["status"]} {result["id"]}: {result["name"]} ({result["reason"]})")
            .ToList();
        Assert.True(results.Count > 50, $"only {results.Count} audits ran");
        Assert.True(failed.Count == 0, string.Join('\n', failed));
    }
}
