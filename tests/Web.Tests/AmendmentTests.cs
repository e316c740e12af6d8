using AgreementTracker.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgreementTracker.Web.Tests;

/// <summary>Changing signed terms: BRN proposes on a party's behalf, every other party accepts, and the agreement then reads the new terms.</summary>
[Collection(nameof(DemoSite))]
public sealed class AmendmentTests(DemoSite site)
{
    [Fact]
    public async Task Staff_propose_an_amendment_the_other_partys_member_accepts_it_and_the_page_shows_the_amended_terms()
    {
        var agreement = await DemoAgreements.SignedAsync(site.Server, $"Ændringsprøve {Guid.NewGuid():N}"[..22], "Aalborg Kommune", "Hjørring Kommune");
        var amendedTitle = $"{agreement.Title} (udvidet)";
        var staff = await site.SignInAsync("koordinator");
        await staff.GotoAsync($"/aftaler/{agreement.Id}");
        var proposal = staff.GetByRole(AriaRole.Region, new() { Name = "Foreslå en ændring af aftalen" });

        await proposal.GetByLabel("Foreslået af").SelectOptionAsync(new SelectOptionValue { Label = "Hjørring Kommune" });
        await proposal.GetByLabel("Resumé af ændringen").FillAsync("Aftalen udvides til iværksættere");
        await proposal.GetByLabel("Titel", new() { Exact = true }).FillAsync(amendedTitle);
        await proposal.GetByLabel("Iværksættere").CheckAsync();
        await proposal.GetByRole(AriaRole.Button, new() { Name = "Foreslå ændringen" }).ClickAsync();

        var amendments = staff.GetByRole(AriaRole.Region, new() { Name = "Ændringer", Exact = true });
        var row = amendments.GetByRole(AriaRole.Row).Filter(new() { HasText = "Aftalen udvides til iværksættere" });
        await Expect(row).ToContainTextAsync($"Titel: {amendedTitle}");
        await Expect(row).ToContainTextAsync("Afventer svar fra Aalborg Kommune");
        await Expect(proposal).ToContainTextAsync("Ændringen \"Aftalen udvides til iværksættere\" er foreslået.");
        await Expect(proposal.GetByRole(AriaRole.Button, new() { Name = "Foreslå ændringen" })).ToHaveCountAsync(0);

        var member = await site.SignInAsync("aalborg");
        await member.GotoAsync($"/aftaler/{agreement.Id}");
        var decision = member.GetByRole(AriaRole.Region, new() { Name = "Tag stilling til ændringen" });
        await Expect(decision.GetByLabel("Svar for").Locator("option")).ToHaveTextAsync(["Aalborg Kommune"]);
        await Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Foreslå en ændring af aftalen" })).ToHaveCountAsync(0);
        await decision.GetByRole(AriaRole.Button, new() { Name = "Acceptér ændringen" }).ClickAsync();

        await Expect(member.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(amendedTitle);
        await Expect(member.GetByRole(AriaRole.Region, new() { Name = "Ændringer", Exact = true }).GetByRole(AriaRole.Row).Filter(new() { HasText = "Aftalen udvides" }))
            .ToContainTextAsync("Gældende");
        await Expect(member.Locator(".figure-row")).ToContainTextAsync("Iværksættere");
        await Expect(decision).ToContainTextAsync("Aalborg Kommune har accepteret ændringen.");
        await Expect(decision.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        Assert.Equal(amendedTitle, (await site.Server.GraphQLAsync("query($id: ID!) { agreement(id: $id) { title } }", new { id = agreement.Id }))
            .ShouldSucceed().String("agreement.title"));
    }

    [Fact]
    public async Task An_amendment_that_changes_nothing_is_refused_in_Danish_with_the_terms_marked_and_nothing_proposed()
    {
        var agreement = await DemoAgreements.SignedAsync(site.Server, $"Ændringsprøve {Guid.NewGuid():N}"[..22], "Aalborg Kommune", "Hjørring Kommune");
        var staff = await site.SignInAsync("koordinator");
        await staff.GotoAsync($"/aftaler/{agreement.Id}");
        var proposal = staff.GetByRole(AriaRole.Region, new() { Name = "Foreslå en ændring af aftalen" });

        await proposal.GetByLabel("Resumé af ændringen").FillAsync("Ingenting");
        await proposal.GetByRole(AriaRole.Button, new() { Name = "Foreslå ændringen" }).ClickAsync();

        var summary = proposal.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Der er et problem" });
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync("ændrer ingen af vilkårene");
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        var title = proposal.GetByLabel("Titel", new() { Exact = true });
        await Expect(title).ToBeFocusedAsync();
        await Expect(title).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(0, (await site.Server.GraphQLAsync("query($id: ID!) { agreement(id: $id) { amendments { id } } }", new { id = agreement.Id }))
            .ShouldSucceed().At("agreement.amendments").GetArrayLength());
    }

    [Fact]
    public async Task The_proposer_may_withdraw_a_pending_amendment_and_a_new_one_may_then_be_proposed()
    {
        var agreement = await DemoAgreements.SignedAsync(site.Server, $"Ændringsprøve {Guid.NewGuid():N}"[..22], "Aalborg Kommune", "Hjørring Kommune");
        var staff = await site.SignInAsync("koordinator");
        await staff.GotoAsync($"/aftaler/{agreement.Id}");
        var proposal = staff.GetByRole(AriaRole.Region, new() { Name = "Foreslå en ændring af aftalen" });
        await proposal.GetByLabel("Resumé af ændringen").FillAsync("Ny styrkeposition");
        await proposal.GetByLabel("Styrkeposition").FillAsync("Energi");
        await proposal.GetByRole(AriaRole.Button, new() { Name = "Foreslå ændringen" }).ClickAsync();

        var decision = staff.GetByRole(AriaRole.Region, new() { Name = "Tag stilling til ændringen" });
        await decision.GetByLabel("Svar for").SelectOptionAsync(new SelectOptionValue { Label = "Aalborg Kommune" });
        await decision.GetByRole(AriaRole.Button, new() { Name = "Træk ændringen tilbage" }).ClickAsync();

        await Expect(staff.GetByRole(AriaRole.Region, new() { Name = "Ændringer", Exact = true })).ToContainTextAsync("Trukket tilbage af Aalborg Kommune");
        await Expect(decision).ToContainTextAsync("Ændringen er trukket tilbage.");
        await Expect(proposal.GetByRole(AriaRole.Button, new() { Name = "Foreslå ændringen" })).ToBeVisibleAsync();
    }
}
