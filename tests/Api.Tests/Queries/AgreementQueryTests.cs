using System.Text.Json;
using AgreementTracker.GraphQL.DataLoading;
using AgreementTracker.ReadModels.Organisations;

namespace AgreementTracker.Api.Tests.Queries;

public sealed class AgreementQueryTests(DemoQueryDatabase demo) : IClassFixture<DemoQueryDatabase>
{
    [Fact]
    public async Task Agreements_page_forward_with_cursors_and_a_total()
    {
        const string query = """
            query ($after: String) {
              agreements(orderBy: [{ field: START, direction: DESC }], first: 5, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                nodes { id title period { start } }
              }
            }
            """;

        var first = Data(await demo.QueryAsync(query)).GetProperty("agreements");
        var second = Data(await demo.QueryAsync(query, new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("agreements");

        Assert.Equal(13, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var starts = first.GetProperty("nodes").EnumerateArray().Concat(second.GetProperty("nodes").EnumerateArray())
            .Select(n => n.GetProperty("period").GetProperty("start").GetString()!).ToList();
        Assert.Equal(10, starts.Count);
        Assert.Equal(starts.OrderDescending(StringComparer.Ordinal), starts);
    }

    [Fact]
    public async Task A_municipality_finds_its_agreements_with_kpi_fulfilment_and_what_it_has_committed()
    {
        var aalborg = await OrganisationIdAsync("Aalborg Kommune");

        var result = Data(await demo.QueryAsync("""
            query ($party: ID!) {
              agreements(filter: { partyId: $party }, first: 50) {
                totalCount
                nodes {
                  title status version
                  parties { organisation { id name } role signedOn }
                  kpiHealth { achieved onTrack atRisk offTrack notReported }
                  kpis { name status progress expectedProgress latest { value period reportedBy { name } } series { period value } }
                  coFinancing { committed paid lines { party { name } year committed } commitments { status invoices { dueOn overdue } } }
                  meetings { title status date attendees { name organisation { name } } actionItems { responsible { name } } }
                  meetingCompliance { year due held compliant }
                }
              }
            }
            """, new { party = aalborg }));

        var nodes = result.GetProperty("agreements").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Contains(n.GetProperty("parties").EnumerateArray(), p => p.GetProperty("organisation").GetProperty("id").GetString() == aalborg));
        Assert.Contains(nodes, n => n.GetProperty("kpis").GetArrayLength() > 0);
        Assert.All(nodes, n => Assert.True(n.GetProperty("version").GetInt32() > 0));
    }

    [Fact]
    public async Task A_KPIs_series_carries_the_straight_line_from_baseline_to_target_for_its_chart()
    {
        var kpis = Data(await demo.QueryAsync("{ agreements(first: 50) { nodes { kpis { baseline target series { value expected } } } } }"))
            .GetProperty("agreements").GetProperty("nodes").EnumerateArray().SelectMany(a => a.GetProperty("kpis").EnumerateArray())
            .Where(k => k.GetProperty("series").GetArrayLength() > 1).ToList();

        Assert.NotEmpty(kpis);
        foreach (var kpi in kpis)
        {
            var (baseline, target) = (kpi.GetProperty("baseline").GetDecimal(), kpi.GetProperty("target").GetDecimal());
            var expected = kpi.GetProperty("series").EnumerateArray().Select(p => p.GetProperty("expected").GetDecimal()).ToList();
            Assert.All(expected, e => Assert.InRange(e, Math.Min(baseline, target), Math.Max(baseline, target)));
            Assert.Equal(target >= baseline ? expected.Order() : expected.OrderDescending(), expected);
        }
    }

    [Fact]
    public async Task Organisations_of_a_whole_page_of_agreements_are_loaded_in_one_batch_not_one_query_each()
    {
        var loaders = new DataLoaderRegistry();

        var result = Data(await demo.QueryAsync("{ agreements(first: 13) { nodes { parties { organisation { name } } kpis { responsibleParty { name } } } } }", dataLoaders: loaders));

        var resolved = result.GetProperty("agreements").GetProperty("nodes").EnumerateArray()
            .Sum(n => n.GetProperty("parties").GetArrayLength() + n.GetProperty("kpis").GetArrayLength());
        var organisations = loaders.GetOrAdd<Guid, OrganisationEntry>("organisations", (_, _) => throw new InvalidOperationException("The loader should exist already."));
        Assert.Equal(1, organisations.BatchCount);
        Assert.True(resolved > 30, $"{resolved} organisation fields resolved");
    }

    [Fact]
    public async Task One_agreement_by_id_and_as_a_node()
    {
        var id = Data(await demo.QueryAsync("{ agreements(first: 1) { nodes { id } } }"))
            .GetProperty("agreements").GetProperty("nodes")[0].GetProperty("id").GetString();

        var result = Data(await demo.QueryAsync("""
            query ($id: ID!) {
              agreement(id: $id) { id title }
              node(id: $id) { __typename id ... on Agreement { title } }
            }
            """, new { id }));

        Assert.Equal(id, result.GetProperty("agreement").GetProperty("id").GetString());
        Assert.Equal("Agreement", result.GetProperty("node").GetProperty("__typename").GetString());
        Assert.Equal(result.GetProperty("agreement").GetProperty("title").GetString(), result.GetProperty("node").GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("""{ agreement(id: "aalborg") { id } }""", "\"id\"")]
    [InlineData("""{ agreements(filter: { partyId: "aalborg" }) { totalCount } }""", "\"filter.partyId\"")]
    [InlineData("""{ timeline(streamId: "aalborg") { totalCount } }""", "\"streamId\"")]
    public async Task An_id_that_is_not_a_uuid_is_a_bad_user_input_naming_the_argument(string query, string argument)
    {
        var result = await demo.QueryAsync(query);

        var error = result.GetProperty("errors")[0];
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(argument, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_unknown_agreement_is_null()
    {
        var result = Data(await demo.QueryAsync($$"""{ agreement(id: "{{Guid.NewGuid()}}") { id } }"""));

        Assert.Equal(JsonValueKind.Null, result.GetProperty("agreement").ValueKind);
    }

    private async Task<string> OrganisationIdAsync(string name)
    {
        var result = Data(await demo.QueryAsync("query ($name: String) { organisations(nameContains: $name) { nodes { id name } } }", new { name }));
        return result.GetProperty("organisations").GetProperty("nodes").EnumerateArray()
            .Single(n => n.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;
    }

    internal static JsonElement Data(JsonElement result)
    {
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }
}
