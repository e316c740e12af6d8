using AgreementTracker.Server.SignIn;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgreementTracker.Web.Tests;

/// <summary>Developers still explore the API in GraphiQL: it signs in with the same browser client as the pages.</summary>
[Collection(nameof(DemoSite))]
public sealed class GraphiQLSignInTests(DemoSite site)
{
    [Fact]
    public async Task A_developer_signs_in_on_the_GraphiQL_page_and_its_requests_carry_the_token()
    {
        var page = await (await site.Browser.NewContextAsync(new() { BaseURL = site.Server.Url })).NewPageAsync();
        await page.GotoAsync("/graphql");
        await Expect(page.GetByText("The API answers only signed-in users.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Brugernavn").FillAsync("koordinator");
        await page.GetByLabel("Adgangskode").FillAsync(DemoUsers.Password);
        var introspection = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync(),
            response => response.Url.EndsWith("/graphql", StringComparison.Ordinal) && response.Request.Method == "POST");

        Assert.Equal(200, introspection.Status);
        await Expect(page.GetByText("Signed in as")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }
}
