using System.Text.Json;
using static AgreementTracker.Api.Tests.Queries.AgreementQueryTests;

namespace AgreementTracker.Api.Tests.Queries;

public sealed class OrganisationAndTimelineQueryTests(DemoQueryDatabase demo) : IClassFixture<DemoQueryDatabase>
{
    [Fact]
    public async Task Municipalities_are_listed_with_their_portfolios_whose_totals_match_their_ledger_lines()
    {
        var result = Data(await demo.QueryAsync("""
            {
              organisations(kind: MUNICIPALITY, first: 20) {
                totalCount
                nodes {
                  id name kind
                  portfolio {
                    activeAgreementCount committedTotal paidTotal
                    agreements { totalCount nodes { id coFinancing { lines { party { id } year committed paid } } } }
                    ledger { totalCount nodes { agreement { id } year committed paid } }
                  }
                }
              }
            }
            """));

        var organisations = result.GetProperty("organisations");
        Assert.Equal(11, organisations.GetProperty("totalCount").GetInt32());
        foreach (var organisation in organisations.GetProperty("nodes").EnumerateArray())
        {
            var id = organisation.GetProperty("id").GetString();
            var portfolio = organisation.GetProperty("portfolio");
            var agreements = portfolio.GetProperty("agreements");
            var lines = agreements.GetProperty("nodes").EnumerateArray()
                .SelectMany(a => a.GetProperty("coFinancing").GetProperty("lines").EnumerateArray()
                    .Where(l => l.GetProperty("party").GetProperty("id").GetString() == id)
                    .Select(l => (Agreement: a.GetProperty("id").GetString(), Year: l.GetProperty("year").GetInt32(),
                        Committed: l.GetProperty("committed").GetDecimal(), Paid: l.GetProperty("paid").GetDecimal())))
                .ToList();
            Assert.Equal(agreements.GetProperty("totalCount").GetInt32(), agreements.GetProperty("nodes").GetArrayLength());
            Assert.Equal(lines.Sum(l => l.Committed), portfolio.GetProperty("committedTotal").GetDecimal());
            Assert.Equal(lines.Sum(l => l.Paid), portfolio.GetProperty("paidTotal").GetDecimal());
            var ledger = portfolio.GetProperty("ledger").GetProperty("nodes").EnumerateArray()
                .Select(l => (Agreement: l.GetProperty("agreement").GetProperty("id").GetString(), Year: l.GetProperty("year").GetInt32(),
                    Committed: l.GetProperty("committed").GetDecimal(), Paid: l.GetProperty("paid").GetDecimal()))
                .ToList();
            Assert.Equal(lines.Order(), ledger.Order());
        }
    }

    [Fact]
    public async Task A_portfolios_kpis_come_from_the_flat_rows_as_its_agreements_assess_them_those_behind_the_line_first_and_in_pages()
    {
        var result = Data(await demo.QueryAsync("""
            {
              organisations(kind: MUNICIPALITY, first: 20) {
                nodes {
                  portfolio {
                    agreements { nodes { id kpis { id status progress latest { period value } } } }
                    kpis { totalCount nodes { id status progress latestPeriod latestValue agreement { id } kpi { id } } }
                  }
                }
              }
            }
            """));

        string[] severity = ["OFF_TRACK", "AT_RISK", "NOT_REPORTED", "ON_TRACK", "ACHIEVED"];
        var checkedKpis = 0;
        foreach (var portfolio in result.GetProperty("organisations").GetProperty("nodes").EnumerateArray().Select(o => o.GetProperty("portfolio")))
        {
            var fromAgreements = portfolio.GetProperty("agreements").GetProperty("nodes").EnumerateArray()
                .SelectMany(a => a.GetProperty("kpis").EnumerateArray().Select(k => (
                    Agreement: a.GetProperty("id").GetString(), Kpi: k.GetProperty("id").GetString(), Status: k.GetProperty("status").GetString(),
                    Progress: k.GetProperty("progress").ToString(),
                    Period: k.GetProperty("latest").ValueKind == JsonValueKind.Null ? null : k.GetProperty("latest").GetProperty("period").GetString(),
                    Value: k.GetProperty("latest").ValueKind == JsonValueKind.Null ? null : k.GetProperty("latest").GetProperty("value").ToString())))
                .ToList();
            var flat = portfolio.GetProperty("kpis").GetProperty("nodes").EnumerateArray()
                .Select(k => (
                    Agreement: k.GetProperty("agreement").GetProperty("id").GetString(), Kpi: k.GetProperty("id").GetString(), Status: k.GetProperty("status").GetString(),
                    Progress: k.GetProperty("progress").ToString(), Period: k.GetProperty("latestPeriod").GetString(), Value: k.GetProperty("latestValue").ToString() is "" ? null : k.GetProperty("latestValue").ToString()))
                .ToList();
            Assert.Equal(fromAgreements.Count, portfolio.GetProperty("kpis").GetProperty("totalCount").GetInt32());
            Assert.Equal(fromAgreements.Order(), flat.Order());
            Assert.Equal(flat.Select(k => Array.IndexOf(severity, k.Status)).Order(), flat.Select(k => Array.IndexOf(severity, k.Status)));
            Assert.All(portfolio.GetProperty("kpis").GetProperty("nodes").EnumerateArray(),
                k => Assert.Equal(k.GetProperty("id").GetString(), k.GetProperty("kpi").GetProperty("id").GetString()));
            checkedKpis += flat.Count;
        }
        Assert.True(checkedKpis > 0);

        // Which statuses the demo's KPIs are in depends on the day they are assessed on: filter by the most common one.
        var health = new Dictionary<string, string> { ["achieved"] = "ACHIEVED", ["onTrack"] = "ON_TRACK", ["atRisk"] = "AT_RISK", ["offTrack"] = "OFF_TRACK", ["notReported"] = "NOT_REPORTED" };
        var (organisation, status, count) = Data(await demo.QueryAsync("""
            { organisations(kind: MUNICIPALITY, first: 20) { nodes { id portfolio { kpiHealth { achieved onTrack atRisk offTrack notReported } } } } }
            """)).GetProperty("organisations").GetProperty("nodes").EnumerateArray()
            .SelectMany(o => health.Select(h => (Id: o.GetProperty("id").GetString(), Status: h.Value,
                Count: o.GetProperty("portfolio").GetProperty("kpiHealth").GetProperty(h.Key).GetInt32())))
            .MaxBy(c => c.Count);
        Assert.True(count >= 2, "the demo data has a municipality with two KPIs in one status");
        var page = Data(await demo.QueryAsync($$"""
            { organisation(id: "{{organisation}}") { portfolio { kpis(status: [{{status}}], first: 1) {
                totalCount pageInfo { hasNextPage endCursor } nodes { status } } } } }
            """)).GetProperty("organisation").GetProperty("portfolio").GetProperty("kpis");
        Assert.Equal(count, page.GetProperty("totalCount").GetInt32());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(status, page.GetProperty("nodes")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_timeline_of_an_agreement_tells_who_when_why_and_what_changed_oldest_first()
    {
        var id = Data(await demo.QueryAsync("{ agreements(first: 1) { nodes { id version } } }"))
            .GetProperty("agreements").GetProperty("nodes")[0];

        var timeline = Data(await demo.QueryAsync("""
            query ($id: ID!) {
              timeline(streamId: $id, first: 3) {
                totalCount
                pageInfo { hasNextPage }
                nodes { position streamId version event summary occurredAt actor reason hash changes { field before after } }
              }
            }
            """, new { id = id.GetProperty("id").GetString() })).GetProperty("timeline");

        Assert.Equal(id.GetProperty("version").GetInt32(), timeline.GetProperty("totalCount").GetInt32());
        var entries = timeline.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], entries.Select(e => e.GetProperty("version").GetInt32()));
        Assert.Equal("AgreementDrafted", entries[0].GetProperty("event").GetString());
        Assert.StartsWith("Aftalen '", entries[0].GetProperty("summary").GetString());
        Assert.Contains(entries[0].GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "title");
        Assert.All(entries, e => Assert.Equal(64, e.GetProperty("hash").GetString()!.Length));
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("actor").GetString())));
    }
}
