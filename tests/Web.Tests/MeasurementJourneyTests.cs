using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgreementTracker.Web.Tests;

/// <summary>A municipality reports the figure of a KPI it is responsible for, and sees it in the chart's table.</summary>
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
}
