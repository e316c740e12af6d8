using System.Text.Json;
using AgreementTracker.Integrity.Export;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgreementTracker.Web.Tests;

/// <summary>
/// An auditor steps back in time and sees what was agreed and reported then, before a later correction, and takes the
/// agreement's history away as a file to check on their own machine.
/// </summary>
[Collection(nameof(DemoSite))]
public sealed class AuditJourneyTests(DemoSite site)
{
    [Fact]
    public async Task The_auditor_moves_the_date_back_and_sees_the_figure_before_its_correction()
    {
        var correction = await DemoAgreements.CorrectionAsync(site.Server);
        var page = await site.SignInAsync("revisor");
        await page.GotoAsync($"/aftaler/{correction.AgreementId}");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Revision") }).ClickAsync();
        var asOf = page.GetByRole(AriaRole.Region, new() { Name = "Aftalen på en bestemt dag" });
        var row = asOf.GetByRole(AriaRole.Row).Filter(new() { HasText = correction.Kpi });

        await DateFields.FillAsync(asOf, "Dato", correction.CorrectedOn.AddDays(-1));
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis aftalen den dag" }).ClickAsync();
        await Expect(row).ToContainTextAsync($"{correction.Period}: {DemoAgreements.Danish(correction.Original)}");

        await DateFields.FillAsync(asOf, "Dato", correction.CorrectedOn);
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis aftalen den dag" }).ClickAsync();
        await Expect(row).ToContainTextAsync($"{correction.Period}: {DemoAgreements.Danish(correction.Corrected)}");
    }

    [Fact]
    public async Task The_integrity_proof_is_stated_in_words_beside_the_timeline()
    {
        var correction = await DemoAgreements.CorrectionAsync(site.Server);
        var page = await site.SignInAsync("revisor");
        await page.GotoAsync($"/revision/{correction.AgreementId}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Kontrollér historikken" }).ClickAsync();

        await Expect(page.GetByText("Historikken er intakt")).ToBeVisibleAsync();
        Assert.True(await page.GetByRole(AriaRole.Region, new() { Name = "Tidslinje", Exact = true }).GetByRole(AriaRole.Row).CountAsync() > 1);
    }

    [Fact]
    public async Task The_auditor_downloads_the_agreements_history_and_it_verifies_with_the_servers_public_key()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var page = await site.SignInAsync("revisor");
        await page.GotoAsync($"/revision/{agreement.Id}");
        var evidence = page.GetByRole(AriaRole.Region, new() { Name = "Bevis til at tage med" });

        var download = await page.RunAndWaitForDownloadAsync(() => evidence.GetByRole(AriaRole.Button, new() { Name = "Hent historikken som fil" }).ClickAsync());

        Assert.Equal($"aftale-{agreement.Id}.jsonl", download.SuggestedFilename);
        var file = await download.PathAsync();
        using (var manifest = JsonDocument.Parse(File.ReadLines(file).First()))
        {
            Assert.Equal(ExportManifest.CurrentFormat, manifest.RootElement.GetProperty("format").GetString());
            Assert.StartsWith($"agreement {agreement.Id} ", manifest.RootElement.GetProperty("scope").GetString());
            Assert.Contains(Guid.Parse(agreement.Id), manifest.RootElement.GetProperty("streams").EnumerateArray().Select(s => s.GetProperty("streamId").GetGuid()));
        }
        await using var export = File.OpenRead(file);
        var report = ExportVerifier.Verify(export, site.PublicKey());
        Assert.True(report.IsValid, report.Problem);
        Assert.True(report.EventsVerified > 0);
    }
}
