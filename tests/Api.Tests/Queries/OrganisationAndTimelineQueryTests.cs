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
                    agreements { coFinancing { lines { party { id } committed paid } } }
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
            var lines = portfolio.GetProperty("agreements").EnumerateArray()
                .SelectMany(a => a.GetProperty("coFinancing").GetProperty("lines").EnumerateArray())
                .Where(l => l.GetProperty("party").GetProperty("id").GetString() == id)
                .ToList();
            Assert.Equal(lines.Sum(l => l.GetProperty("committed").GetDecimal()), portfolio.GetProperty("committedTotal").GetDecimal());
            Assert.Equal(lines.Sum(l => l.GetProperty("paid").GetDecimal()), portfolio.GetProperty("paidTotal").GetDecimal());
        }
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
