using AgreementTracker.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgreementTracker.Web.Tests;

/// <summary>The forms of a working day on the agreement page: BRN keeps the co-financing ledger, and a refusal of each form shows in its error summary.</summary>
[Collection(nameof(DemoSite))]
public sealed class DailyFormsTests(DemoSite site)
{
    [Fact]
    public async Task Staff_register_a_commitment_and_the_ledger_adds_it_in_kroner()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var committed = await CommittedAsync(agreement.Id);
        var staff = await site.SignInAsync("koordinator");
        await staff.GotoAsync($"/aftaler/{agreement.Id}");
        var form = staff.GetByRole(AriaRole.Region, new() { Name = "Registrér et tilsagn om medfinansiering" });

        await form.GetByLabel("Part").SelectOptionAsync(new SelectOptionValue { Label = "Aalborg Kommune" });
        await form.GetByLabel("Beløb i kroner").FillAsync("1.234");
        await form.GetByLabel("Formål").FillAsync("Erhvervsservice til iværksættere");
        await form.GetByRole(AriaRole.Button, new() { Name = "Registrér tilsagnet" }).ClickAsync();

        await Expect(form.GetByText("Tilsagnet fra Aalborg Kommune for")).ToBeVisibleAsync();
        var total = staff.GetByRole(AriaRole.Region, new() { Name = "Medfinansiering pr. part og år" }).Locator("tfoot");
        await Expect(total).ToContainTextAsync($"{DemoAgreements.Danish(committed + 1234)} kr.");
        Assert.Equal(committed + 1234, await CommittedAsync(agreement.Id));
    }

    [Fact]
    public async Task A_commitment_of_0_kroner_is_refused_in_Danish_with_the_amount_marked_and_nothing_registered()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var committed = await CommittedAsync(agreement.Id);
        var staff = await site.SignInAsync("koordinator");
        await staff.GotoAsync($"/aftaler/{agreement.Id}");
        var form = staff.GetByRole(AriaRole.Region, new() { Name = "Registrér et tilsagn om medfinansiering" });

        await form.GetByLabel("Beløb i kroner").FillAsync("0");
        await form.GetByLabel("Formål").FillAsync("Ingenting");
        await form.GetByRole(AriaRole.Button, new() { Name = "Registrér tilsagnet" }).ClickAsync();

        var summary = form.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Der er et problem" });
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync("skal være mellem 0,01 kr.");
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        var amount = form.GetByLabel("Beløb i kroner");
        await Expect(amount).ToBeFocusedAsync();
        await Expect(amount).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(committed, await CommittedAsync(agreement.Id));
    }

    [Fact]
    public async Task An_invoice_larger_than_what_is_left_of_the_commitment_is_refused_with_the_amount_marked_and_nothing_invoiced()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var commitment = await DemoAgreements.CommitAsync(site.Server, agreement.Id, "Aalborg Kommune", 1000);
        var invoiced = await InvoicedAsync(agreement.Id);
        var staff = await site.SignInAsync("koordinator");
        await staff.GotoAsync($"/aftaler/{agreement.Id}");
        var form = staff.GetByRole(AriaRole.Region, new() { Name = "Registrér en faktura" });

        await form.GetByLabel("Tilsagn", new() { Exact = true }).SelectOptionAsync(commitment);
        await form.GetByLabel("Beløb i kroner").FillAsync("1.001");
        await form.GetByRole(AriaRole.Button, new() { Name = "Registrér fakturaen" }).ClickAsync();

        var summary = form.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Der er et problem" });
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync("En faktura på 1.001 kr. er større end de 1.000 kr., der endnu ikke er faktureret");
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        var amount = form.GetByLabel("Beløb i kroner");
        await Expect(amount).ToBeFocusedAsync();
        await Expect(amount).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(invoiced, await InvoicedAsync(agreement.Id));
    }

    [Fact]
    public async Task A_payment_larger_than_what_the_invoice_lacks_is_refused_with_the_amount_marked_and_nothing_paid()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var commitment = await DemoAgreements.CommitAsync(site.Server, agreement.Id, "Aalborg Kommune", 1000);
        var invoice = await DemoAgreements.InvoiceAsync(site.Server, agreement.Id, commitment, 400);
        var paid = await PaidAsync(agreement.Id);
        var staff = await site.SignInAsync("koordinator");
        await staff.GotoAsync($"/aftaler/{agreement.Id}");
        var form = staff.GetByRole(AriaRole.Region, new() { Name = "Registrér en betaling" });

        await form.GetByLabel("Faktura", new() { Exact = true }).SelectOptionAsync(invoice);
        await form.GetByLabel("Beløb i kroner").FillAsync("401");
        await form.GetByRole(AriaRole.Button, new() { Name = "Registrér betalingen" }).ClickAsync();

        var summary = form.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Der er et problem" });
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync("En betaling på 401 kr. er større end de 400 kr., der mangler at blive betalt");
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        var amount = form.GetByLabel("Beløb i kroner");
        await Expect(amount).ToBeFocusedAsync();
        await Expect(amount).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(paid, await PaidAsync(agreement.Id));
    }

    private async Task<decimal> InvoicedAsync(string agreementId) =>
        (await site.Server.GraphQLAsync("query($id: ID!) { agreement(id: $id) { coFinancing { invoiced } } }", new { id = agreementId }))
            .ShouldSucceed().At("agreement.coFinancing.invoiced").GetDecimal();

    private async Task<decimal> PaidAsync(string agreementId) =>
        (await site.Server.GraphQLAsync("query($id: ID!) { agreement(id: $id) { coFinancing { paid } } }", new { id = agreementId }))
            .ShouldSucceed().At("agreement.coFinancing.paid").GetDecimal();

    private async Task<decimal> CommittedAsync(string agreementId) =>
        (await site.Server.GraphQLAsync("query($id: ID!) { agreement(id: $id) { coFinancing { committed } } }", new { id = agreementId }))
            .ShouldSucceed().At("agreement.coFinancing.committed").GetDecimal();
}
