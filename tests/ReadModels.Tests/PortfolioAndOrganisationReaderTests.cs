using AgreementTracker.Domain.FollowUp;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.ReadModels.Organisations;
using AgreementTracker.ReadModels.Portfolios;
using AgreementTracker.ReadModels.Tests.Support;

namespace AgreementTracker.ReadModels.Tests;

[Collection(DemoDatabaseCollection.Name)]
public sealed class PortfolioAndOrganisationReaderTests(DemoDatabase demo)
{
    [Fact]
    public async Task Every_organisations_portfolio_totals_are_the_sum_of_its_ledger_lines_and_lists_what_it_is_party_to()
    {
        var organisations = await new OrganisationReader(demo.DataSource).SearchAsync(null, null, total => (0, total));
        var portfolios = await new PortfolioReader(demo.DataSource).LoadManyAsync(organisations.Items.Select(o => o.Id).ToList());

        Assert.Equal(organisations.TotalCount, portfolios.Count);
        foreach (var organisation in organisations.Items)
        {
            var portfolio = portfolios[organisation.Id];
            var partyTo = DemoStates.Agreements.Where(a => a.Parties.Any(p => p.Organisation.Value == organisation.Id)).ToList();
            var lines = partyTo.SelectMany(a => CoFinancingLedger.ByPartyAndYear(a, DemoDatabase.Today)).Where(l => l.Party.Value == organisation.Id).ToList();
            var totals = CoFinancingLedger.Totals(lines);

            Assert.Equal(partyTo.Select(a => a.Id.Value).Order(), portfolio.AgreementIds.Order());
            Assert.Equal((totals.Committed, totals.Invoiced, totals.Paid, totals.Outstanding, totals.Overdue),
                (portfolio.Committed, portfolio.Invoiced, portfolio.Paid, portfolio.Outstanding, portfolio.Overdue));
            Assert.Equal(partyTo.Sum(a => KpiFulfilment.AssessAll(a, DemoDatabase.Today).Count),
                portfolio.KpiHealth.Achieved + portfolio.KpiHealth.OnTrack + portfolio.KpiHealth.AtRisk + portfolio.KpiHealth.OffTrack + portfolio.KpiHealth.NotReported);
        }
        Assert.Contains(portfolios.Values, p => p.Committed > 0);
    }

    [Fact]
    public async Task An_organisation_party_to_nothing_has_an_empty_portfolio()
    {
        var portfolio = await new PortfolioReader(demo.DataSource).LoadAsync(Guid.NewGuid());

        Assert.Empty(portfolio.AgreementIds);
        Assert.Equal(0m, portfolio.Committed);
    }

    [Fact]
    public async Task Organisations_are_listed_by_kind_and_name_in_pages()
    {
        var reader = new OrganisationReader(demo.DataSource);

        var municipalities = await reader.SearchAsync(OrganisationKind.Municipality, null, total => (0, total));
        Assert.Equal(11, municipalities.TotalCount);
        Assert.All(municipalities.Items, o => Assert.Equal(OrganisationKind.Municipality, o.Kind));

        var secondPage = await reader.SearchAsync(OrganisationKind.Municipality, null, _ => (4, 4));
        Assert.Equal(municipalities.Items.Skip(4).Take(4), secondPage.Items);

        var aalborg = await reader.SearchAsync(null, "AALBORG", total => (0, total));
        Assert.All(aalborg.Items, o => Assert.Contains("aalborg", o.Name, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(aalborg.Items, o => o.Name == "Aalborg Kommune");
    }

    [Fact]
    public async Task A_merged_cluster_names_its_successor_and_renamed_ones_keep_their_former_names()
    {
        var reader = new OrganisationReader(demo.DataSource);
        var all = await reader.SearchAsync(null, null, total => (0, total));

        var merged = all.Items.First(o => o.MergedInto is not null);
        var successor = await reader.LoadAsync(merged.MergedInto!.Value);

        Assert.NotNull(successor);
        Assert.NotNull(merged.MergedOn);
        Assert.Contains(all.Items, o => o.FormerNames.Count > 0);
    }
}
