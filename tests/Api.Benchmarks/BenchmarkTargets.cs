using System.Text.Json;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.Domain.Organisations;

namespace AgreementTracker.Api.Benchmarks;

/// <summary>An agreement in force and one of its parties, to log a meeting on.</summary>
internal sealed record AgreementTarget(string Id, string PartyId);

/// <summary>The municipalities whose dashboards are read and the agreements meetings are logged on; <see cref="Source"/> says where they came from.</summary>
internal sealed record BenchmarkTargets(IReadOnlyList<string> MunicipalityIds, IReadOnlyList<AgreementTarget> Agreements, string Source)
{
    private const int MostAgreements = 500;
    private const int PageSize = 100;

    /// <summary>From the API itself: the municipalities, and the agreements in force with their parties.</summary>
    public static async Task<BenchmarkTargets> FromApiAsync(GraphQLClient client, CancellationToken ct)
    {
        var organisations = await client.QueryAsync("{ organisations(kind: MUNICIPALITY, first: 100) { nodes { id } } }", null, ct);
        var municipalities = organisations.GetProperty("organisations").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        var agreements = new List<AgreementTarget>();
        string? after = null;
        do
        {
            var page = (await client.QueryAsync("""
                query InForce($first: Int!, $after: String) {
                  agreements(filter: { status: IN_FORCE }, first: $first, after: $after) {
                    nodes { id parties { organisation { id } } }
                    pageInfo { hasNextPage endCursor }
                  }
                }
                """, new { first = PageSize, after }, ct)).GetProperty("agreements");
            agreements.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => new AgreementTarget(
                n.GetProperty("id").GetString()!, n.GetProperty("parties")[0].GetProperty("organisation").GetProperty("id").GetString()!)));
            var pageInfo = page.GetProperty("pageInfo");
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null && agreements.Count < MostAgreements);
        return new BenchmarkTargets(municipalities, agreements, "the API (organisations and agreements queries)");
    }

    /// <summary>From the demo data set itself, folded here: for when the API does not answer the queries above.</summary>
    public static BenchmarkTargets FromDemoData(int agreementCount, DateOnly today)
    {
        var municipalities = new List<string>();
        var agreements = new List<AgreementTarget>();
        foreach (var stream in DemoDataGenerator.Generate(agreementCount))
        {
            if (stream.Kind == StreamKind.Organisation)
            {
                if (Organisation.Fold(null, stream.Events.Select(e => e.Data)) is { Kind: OrganisationKind.Municipality } municipality)
                    municipalities.Add(municipality.Id.Value.ToString());
                continue;
            }
            if (Agreement.Fold(null, stream.Events.Select(e => e.Data)) is { } agreement && agreement.StatusOn(today) == AgreementStatus.InForce)
                agreements.Add(new AgreementTarget(agreement.Id.Value.ToString(), agreement.Parties[0].Organisation.Value.ToString()));
            if (agreements.Count == MostAgreements)
                break;
        }
        return new BenchmarkTargets(municipalities, agreements, "the demo data set (the API's queries did not answer)");
    }
}
