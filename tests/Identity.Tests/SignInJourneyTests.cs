using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgreementTracker.Agreements;
using AgreementTracker.Identity.Users;
using AgreementTracker.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AgreementTracker.Identity.Tests;

/// <summary>
/// Signing in as a browser does, at the embedded provider (authorization code with PKCE through the sign-in page), and
/// using the token on the API: the events a change writes carry the real user.
/// </summary>
public sealed class SignInJourneyTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    private const string Password = "en-lang-nok-adgangskode";
    private ServerHost _server = null!;

    public async Task InitializeAsync() => _server = await ServerHost.StartAsync(database);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_user_signs_in_with_the_code_flow_and_their_change_records_who_they_are()
    {
        var user = await CreateUserAsync("mette", "Mette Holm", "29189927");
        using var browser = new BrowserSignIn(_server);
        var token = await browser.SignInAsync("mette", Password);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = """mutation { registerOrganisation(input: { name: "Hjørring Kommune", kind: MUNICIPALITY, reason: "Ny part" }) { createdId } }""" }),
        };
        request.Headers.Authorization = new("Bearer", token);
        using var response = await browser.Browser.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());

        var (actor, headers) = await LastEventAsync();
        Assert.Equal(user.Id, actor);
        Assert.Equal("Mette Holm", headers.GetProperty("actor-name").GetString());
        Assert.Equal("29189927", headers.GetProperty("actor-organisation").GetString());
    }

    [Fact]
    public async Task The_authorization_request_of_a_user_not_signed_in_leads_to_the_Danish_sign_in_page()
    {
        using var browser = new BrowserSignIn(_server);
        using var response = await browser.Browser.GetAsync(browser.AuthorizationRequest().Url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/log-ind", response.Headers.Location!.OriginalString.Replace("http://localhost", ""));
        var page = await browser.Browser.GetStringAsync(response.Headers.Location);
        Assert.Contains("<html lang=\"da\">", page);
        Assert.Contains("<label for=\"password\">Adgangskode</label>", page);
    }

    [Fact]
    public async Task A_wrong_password_is_named_without_saying_which_part_was_wrong()
    {
        await CreateUserAsync("jens", "Jens Jensen", null);
        using var browser = new BrowserSignIn(_server);
        using var toSignIn = await browser.Browser.GetAsync(browser.AuthorizationRequest().Url);
        using var refused = await browser.SubmitSignInAsync(toSignIn.Headers.Location!.OriginalString, "jens", "forkert-adgangskode");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Brugernavn eller adgangskode er forkert.", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_that_even_the_right_one_is_refused()
    {
        await CreateUserAsync("karen", "Karen Nielsen", null);
        using var browser = new BrowserSignIn(_server);
        using var toSignIn = await browser.Browser.GetAsync(browser.AuthorizationRequest().Url);
        var signInPage = toSignIn.Headers.Location!.OriginalString;
        for (var attempt = 0; attempt < 5; attempt++)
            (await browser.SubmitSignInAsync(signInPage, "karen", $"forkert-{attempt}-adgangskode")).Dispose();

        using var locked = await browser.SubmitSignInAsync(signInPage, "karen", Password);
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains("Kontoen er spærret", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_sign_in_page_sends_only_to_paths_on_this_server()
    {
        await CreateUserAsync("lars", "Lars Larsen", null);
        using var browser = new BrowserSignIn(_server);
        using var signedIn = await browser.SubmitSignInAsync("/konto/log-ind?returnUrl=https%3A%2F%2Fangriber.example%2F", "lars", Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/konto/log-ind")]
    [InlineData("/graphql")]
    public async Task Every_page_refuses_to_be_framed_or_sniffed_and_keeps_its_address_to_itself(string page)
    {
        using var browser = new BrowserSignIn(_server);
        using var request = new HttpRequestMessage(HttpMethod.Get, page);
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await browser.Browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("frame-ancestors 'none'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
    }

    private async Task<TrackerUser> CreateUserAsync(string userName, string displayName, string? cvr)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var user = new TrackerUser { UserName = userName, DisplayName = displayName, OrganisationCvr = cvr };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Coordinator)).Succeeded);
        return user;
    }

    private async Task<(string Actor, JsonElement Headers)> LastEventAsync()
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT user_name, headers::text FROM {AgreementsModule.Schema}.mt_events ORDER BY seq_id DESC LIMIT 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), JsonDocument.Parse(reader.GetString(1)).RootElement.Clone());
    }
}
