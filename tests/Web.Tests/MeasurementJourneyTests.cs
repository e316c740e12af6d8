using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgreementTracker.Web.Tests;

/// <summary>A municipality reports the figure of a KPI it is responsible for, and sees it in the chart's table; a period the KPI does not use is refused.</summary>
[Collection(nameof(DemoSite))]
public sealed class MeasurementJourneyTests(DemoSite site)
{
    [Fact]
    public async Task A_member_records_a_measurement_for_their_organisations_KPI_and_the_charts_table_shows_it()
    {
        // No demo KPI in force is Aalborg's to report, so BRN defines one, as staff would when the parties agree on it.
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var kpi = $"Virksomheder i forløb {Guid.NewGuid():N}"[..30];
        await DemoAgreements.DefineKpiAsync(site.Server, agreement.Id, kpi, await DemoAgreements.OrganisationIdAsync(site.Server, "Aalborg Kommune"));
        // The year the agreement began: it has begun, and it lies within the agreement, on any day the agreement is in force.
        var year = (await DemoAgreements.StartAsync(site.Server, agreement.Id)).Year.ToString();
        var page = await site.SignInAsync("aalborg");
        await page.GotoAsync($"/aftaler/{agreement.Id}");
        var form = page.GetByRole(AriaRole.Region, new() { Name = "Indrapportér en måling" });

        await Expect(form.GetByLabel("KPI", new() { Exact = true }).Locator("option")).ToContainTextAsync([$"{kpi} (Aalborg Kommune)"]);
        await form.GetByLabel("KPI", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"{kpi} (Aalborg Kommune)" });
        await form.GetByLabel("Periode").FillAsync(year);
        await form.GetByLabel("Værdi (virksomheder)").FillAsync("12,5");
        await form.GetByRole(AriaRole.Button, new() { Name = "Indrapportér målingen" }).ClickAsync();

        await Expect(form.GetByText($"{kpi} for {year} er indrapporteret.")).ToBeVisibleAsync();
        var figures = page.GetByRole(AriaRole.Region, new() { Name = $"Tal for {kpi}", Exact = true });
        await Expect(figures.GetByRole(AriaRole.Row).Filter(new() { HasText = year })).ToContainTextAsync("12,5 virksomheder");
    }

    [Fact]
    public async Task A_period_written_for_another_frequency_is_refused_with_the_period_marked_and_nothing_recorded()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var kpi = $"Årlig KPI {Guid.NewGuid():N}"[..20];
        var kpiId = await DemoAgreements.DefineKpiAsync(site.Server, agreement.Id, kpi, await DemoAgreements.OrganisationIdAsync(site.Server, "Aalborg Kommune"));
        var quarter = $"{(await DemoAgreements.StartAsync(site.Server, agreement.Id)).Year}-Q1";
        var staff = await site.SignInAsync("koordinator");
        await staff.GotoAsync($"/aftaler/{agreement.Id}");
        var form = staff.GetByRole(AriaRole.Region, new() { Name = "Indrapportér en måling" });

        await form.GetByLabel("KPI", new() { Exact = true }).SelectOptionAsync(kpiId);
        await form.GetByLabel("Periode").FillAsync(quarter);
        await form.GetByLabel("Værdi (virksomheder)").FillAsync("7");
        await form.GetByRole(AriaRole.Button, new() { Name = "Indrapportér målingen" }).ClickAsync();

        var summary = form.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Der er et problem" });
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync($"så perioden skal skrives som fx 2024, ikke {quarter}.");
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        var period = form.GetByLabel("Periode");
        await Expect(period).ToBeFocusedAsync();
        await Expect(period).ToHaveAttributeAsync("aria-invalid", "true");
        var kpis = (await site.Server.GraphQLAsync("query($id: ID!) { agreement(id: $id) { kpis { id history { period } } } }", new { id = agreement.Id }))
            .ShouldSucceed().At("agreement.kpis").EnumerateArray();
        Assert.Equal(0, kpis.Single(k => k.GetProperty("id").GetString() == kpiId).GetProperty("history").GetArrayLength());
    }
}
