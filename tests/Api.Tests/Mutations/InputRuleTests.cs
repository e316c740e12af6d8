using System.Text;
using System.Text.Json;
using AgreementTracker.TestSupport;

namespace AgreementTracker.Api.Tests.Mutations;

/// <summary>
/// The input rules over HTTP (issue 11): what reached the store or came back whole on 05-12-2026 is now refused as
/// BAD_USER_INPUT naming the field, in Danish, echoing only a short prefix, and writing nothing; a body too large for
/// any command is refused with 413 before it is parsed.
/// </summary>
public sealed class InputRuleTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private const int SixteenMiB = 16 * 1024 * 1024;

    private const string LogMeeting = """
        mutation($agreement: ID!, $title: String!, $heldOn: Date!, $attendees: [AttendeeInput!]!, $reason: String) {
          logMeeting(input: { agreementId: $agreement, title: $title, heldOn: $heldOn, attendees: $attendees, reason: $reason }) { agreement { version } }
        }
        """;

    private const string Register = """
        mutation($name: String!, $cvr: String) {
          registerOrganisation(input: { name: $name, kind: MUNICIPALITY, cvrNumber: $cvr }) { createdId }
        }
        """;

    [Fact]
    public async Task A_meeting_title_with_U0000_is_bad_user_input_naming_the_title_and_writes_nothing()
    {
        await using var host = await ServerHost.StartAsync(database);
        var (aalborg, agreement) = await DraftedAgreementAsync(host);
        var before = await VersionAsync(host, agreement);

        var response = await host.GraphQLAsync(LogMeeting, Meeting(host, agreement, aalborg, title: "Koordinations\u0000møde"));

        var error = AssertBadInput(response, "input.title", "text_control_character");
        Assert.Equal("Mødets titel må ikke indeholde kontroltegn (U+0000 som tegn nr. 14); kun tekst på én linje er tilladt.", error);
        Assert.Equal(before, await VersionAsync(host, agreement));
    }

    [Fact]
    public async Task A_2_MB_meeting_title_is_413_at_the_default_body_limit_and_writes_nothing()
    {
        await using var host = await ServerHost.StartAsync(database);
        var (aalborg, agreement) = await DraftedAgreementAsync(host);
        var before = await VersionAsync(host, agreement);
        var events = await StoredEvents.CountAsync(host);

        var response = await host.GraphQLAsync(LogMeeting, Meeting(host, agreement, aalborg, title: new string('M', 2_000_000)));

        Assert.Equal(413, response.StatusCode);
        var error = Assert.Single(response.Errors);
        Assert.Contains("larger than the 1,048,576 bytes", error.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(before, await VersionAsync(host, agreement));
        Assert.Equal(events, await StoredEvents.CountAsync(host));
    }

    [Fact]
    public async Task A_2_MB_meeting_title_within_a_raised_body_limit_is_refused_by_the_title_limit()
    {
        await using var host = await ServerHost.StartAsync(database, $"--Api:MaxRequestBodyBytes={SixteenMiB}");
        var (aalborg, agreement) = await DraftedAgreementAsync(host);
        var before = await VersionAsync(host, agreement);

        var response = await host.GraphQLAsync(LogMeeting, Meeting(host, agreement, aalborg, title: new string('M', 2_000_000)));

        var error = AssertBadInput(response, "input.title", "text_too_long");
        Assert.Equal("Mødets titel må højst være 200 tegn, men er 2.000.000 tegn (begynder med »MMMMMMMMMMMMMMMMMMMM…«).", error);
        Assert.True(response.Body.GetRawText().Length < 1_000, $"the answer is {response.Body.GetRawText().Length} characters");
        Assert.Equal(before, await VersionAsync(host, agreement));
    }

    [Fact]
    public async Task A_5_MB_text_in_a_refused_command_never_comes_back_whole()
    {
        await using var host = await ServerHost.StartAsync(database, $"--Api:MaxRequestBodyBytes={SixteenMiB}");
        var events = await StoredEvents.CountAsync(host);

        // Before the input rules the CVR rule refused this and quoted all five megabytes in its message.
        var response = await host.GraphQLAsync(Register, new { name = "Aalborg Kommune", cvr = new string('9', 5_000_000) });

        var error = AssertBadInput(response, "input.cvrNumber", "text_too_long");
        Assert.StartsWith("CVR-nummeret må højst være 50 tegn, men er 5.000.000 tegn", error);
        Assert.True(response.Body.GetRawText().Length < 1_000, $"the answer is {response.Body.GetRawText().Length} characters");
        Assert.Equal(events, await StoredEvents.CountAsync(host));
    }

    [Fact]
    public async Task A_5_MB_text_is_413_at_the_default_body_limit()
    {
        await using var host = await ServerHost.StartAsync(database);

        var response = await host.GraphQLAsync(Register, new { name = "Aalborg Kommune", cvr = new string('9', 5_000_000) });

        Assert.Equal(413, response.StatusCode);
        Assert.True(response.Body.GetRawText().Length < 1_000);
        Assert.Equal(0, await StoredEvents.CountAsync(host));
    }

    [Fact]
    public async Task A_field_inside_a_list_is_named_by_its_path()
    {
        await using var host = await ServerHost.StartAsync(database);
        var (aalborg, agreement) = await DraftedAgreementAsync(host);
        var before = await VersionAsync(host, agreement);
        var attendees = new object[] { new { name = "Mette Jensen", organisationId = aalborg }, new { name = new string('L', 201), organisationId = aalborg } };

        var response = await host.GraphQLAsync(LogMeeting, new { agreement, title = "Koordinationsmøde", heldOn = host.Today, attendees });

        var error = AssertBadInput(response, "input.attendees[1].name", "text_too_long");
        Assert.StartsWith("Deltagerens navn må højst være 200 tegn, men er 201 tegn", error);
        Assert.Equal(before, await VersionAsync(host, agreement));
    }

    [Fact]
    public async Task A_reason_with_a_control_character_is_refused_before_it_reaches_the_metadata()
    {
        await using var host = await ServerHost.StartAsync(database);
        var (aalborg, agreement) = await DraftedAgreementAsync(host);
        var before = await VersionAsync(host, agreement);

        var response = await host.GraphQLAsync(LogMeeting, Meeting(host, agreement, aalborg, title: "Koordinationsmøde", reason: "Aftalt\u0000på mødet"));

        AssertBadInput(response, "input.reason", "text_control_character");
        Assert.Equal(before, await VersionAsync(host, agreement));
    }

    [Fact]
    public async Task Too_many_parties_in_a_draft_are_refused_before_any_command_is_made()
    {
        await using var host = await ServerHost.StartAsync(database);
        var parties = Enumerable.Range(0, 51).Select(_ => new { organisationId = Guid.NewGuid(), role = "PARTNER" }).ToArray();

        var response = await host.GraphQLAsync("""
            mutation($parties: [PartyInput!]) {
              draftAgreement(input: { title: "Stor aftale", kind: PROJECT_AGREEMENT, purpose: "Alle med", start: "2030-01-01", end: "2030-12-31", parties: $parties }) { createdId }
            }
            """, new { parties });

        var error = AssertBadInput(response, "input.parties", "list_too_long");
        Assert.Equal("Der må højst være 50 parter, men der er 51.", error);
        Assert.Equal(0, await StoredEvents.CountAsync(host));
    }

    [Fact]
    public async Task An_implausible_date_is_refused_naming_the_field()
    {
        await using var host = await ServerHost.StartAsync(database);
        var (aalborg, agreement) = await DraftedAgreementAsync(host);

        var response = await host.GraphQLAsync(LogMeeting, new { agreement, title = "Møde", heldOn = new DateOnly(1066, 10, 14), attendees = new[] { new { name = "Harald", organisationId = aalborg } } });

        var error = AssertBadInput(response, "input.heldOn", "date_out_of_range");
        Assert.Equal("Mødedatoen skal ligge mellem 01-01-1990 og 31-12-2100; 14-10-1066 er ikke mulig.", error);
    }

    [Fact]
    public async Task Text_is_stored_in_NFC()
    {
        await using var host = await ServerHost.StartAsync(database);
        var decomposed = "A\u0301rhus Kommune and Sa\u030Aby"; // Á and å as letter + combining mark

        var id = (await host.GraphQLAsync(Register, new { name = decomposed, cvr = (string?)null })).ShouldSucceed().String("registerOrganisation.createdId");
        var stored = (await host.GraphQLAsync("query($id: ID!) { organisation(id: $id) { name } }", new { id })).ShouldSucceed().String("organisation.name");

        Assert.Equal(decomposed.Normalize(NormalizationForm.FormC), stored);
        Assert.Equal("\u00C1rhus Kommune and S\u00E5by", stored);
    }

    [Fact]
    public async Task A_search_text_with_U0000_is_bad_user_input_not_a_server_error()
    {
        await using var host = await ServerHost.StartAsync(database);

        var organisations = await host.GraphQLAsync("query($q: String) { organisations(nameContains: $q) { totalCount } }", new { q = "Aal\u0000borg" });
        var agreements = await host.GraphQLAsync("query($q: String) { agreements(filter: { titleContains: $q }) { totalCount } }", new { q = "Grøn\u0000" });

        Assert.Equal("BAD_USER_INPUT", organisations.Refusal().Code);
        Assert.Equal("BAD_USER_INPUT", agreements.Refusal().Code);
        Assert.Equal("filter.titleContains", agreements.Errors[0].GetProperty("extensions").GetProperty("argument").GetString());
    }

    [Fact]
    public async Task A_meeting_logged_without_a_title_is_bad_user_input_naming_the_title_in_Danish_and_writes_nothing()
    {
        await using var host = await ServerHost.StartAsync(database);
        var (aalborg, agreement) = await DraftedAgreementAsync(host);
        var before = await VersionAsync(host, agreement);
        var events = await StoredEvents.CountAsync(host);

        var response = await host.GraphQLAsync(LogMeeting, Meeting(host, agreement, aalborg, title: " "));

        Assert.Equal("Mødets titel skal udfyldes.", AssertBadInput(response, "input.title", "text_required"));
        Assert.Equal(before, await VersionAsync(host, agreement));
        Assert.Equal(events, await StoredEvents.CountAsync(host));
    }

    [Fact]
    public async Task A_refused_party_of_a_draft_is_named_where_it_is_in_the_input()
    {
        await using var host = await ServerHost.StartAsync(database);
        var (aalborg, _) = await DraftedAgreementAsync(host);
        var events = await StoredEvents.CountAsync(host);

        var response = await host.GraphQLAsync("""
            mutation($parties: [PartyInput!]!) {
              draftAgreement(input: { title: "Grøn omstilling", kind: PROJECT_AGREEMENT, purpose: "Flere grønne virksomheder",
                start: "2026-01-01", end: "2027-12-31", parties: $parties }) { createdId }
            }
            """, new { parties = new[] { new { organisationId = aalborg, role = "PARTNER" }, new { organisationId = Guid.NewGuid().ToString(), role = "PARTNER" } } });

        Assert.StartsWith("Der er ingen registreret organisation", AssertBadInput(response, "input.parties[1].organisationId", "organisation_not_found"));
        Assert.Equal(events, await StoredEvents.CountAsync(host));
    }

    [Fact]
    public async Task An_id_that_is_not_an_id_is_echoed_only_in_part()
    {
        await using var host = await ServerHost.StartAsync(database);

        var response = await host.GraphQLAsync("""
            mutation($agreement: ID!) { cancelMeeting(input: { agreementId: $agreement, meetingId: "3f2b8c1e-5d4a-4b7e-9c1f-2a6d8e0b4c7a" }) { createdId } }
            """, new { agreement = new string('x', 100_000) });

        var (code, message) = response.Refusal();
        Assert.Equal("BAD_USER_INPUT", code);
        Assert.True(message.Length < 200, message);
    }

    [Fact]
    public async Task Ids_must_be_of_the_right_kind()
    {
        await using var host = await ServerHost.StartAsync(database);
        var (aalborg, agreement) = await DraftedAgreementAsync(host);
        var events = await StoredEvents.CountAsync(host);

        // Each of these reached the event store, which refused the stream id or folded the other kind's events: INTERNAL_SERVER_ERROR.
        var nil = await host.GraphQLAsync(LogMeeting, Meeting(host, Guid.Empty.ToString(), aalborg, title: "Koordinationsmøde"));
        var organisationAsAgreement = await host.GraphQLAsync(LogMeeting, Meeting(host, aalborg, aalborg, title: "Koordinationsmøde"));
        var agreementAsOrganisation = await host.GraphQLAsync(
            "mutation($id: ID!) { renameOrganisation(input: { organisationId: $id, newName: \"Aalborg\" }) { createdId } }", new { id = agreement });

        Assert.Equal("input.agreementId", nil.Errors[0].GetProperty("extensions").GetProperty("field").GetString());
        Assert.Equal("BAD_USER_INPUT", nil.Refusal().Code);
        Assert.Equal("input.agreementId er en organisations id, ikke en aftales.", AssertBadInput(organisationAsAgreement, "input.agreementId", "wrong_kind_of_id"));
        Assert.Equal("input.organisationId er en aftales id, ikke en organisations.", AssertBadInput(agreementAsOrganisation, "input.organisationId", "wrong_kind_of_id"));
        Assert.Equal(events, await StoredEvents.CountAsync(host));
    }

    private static object Meeting(ServerHost host, string agreement, string party, string title, string? reason = null) =>
        new { agreement, title, heldOn = host.Today, attendees = new[] { new { name = "Mette Jensen", organisationId = party } }, reason };

    /// <returns>The error's message.</returns>
    private static string AssertBadInput(GraphQLResponse response, string field, string rule)
    {
        Assert.Equal(200, response.StatusCode);
        var error = Assert.Single(response.Errors);
        var extensions = error.GetProperty("extensions");
        Assert.Equal("BAD_USER_INPUT", extensions.GetProperty("code").GetString());
        Assert.Equal(field, extensions.GetProperty("field").GetString());
        Assert.Equal(rule, extensions.GetProperty("rule").GetString());
        return error.GetProperty("message").GetString()!;
    }

    private static async Task<(string Party, string Agreement)> DraftedAgreementAsync(ServerHost host)
    {
        var aalborg = (await host.GraphQLAsync(Register, new { name = "Aalborg Kommune", cvr = (string?)null })).ShouldSucceed().String("registerOrganisation.createdId")!;
        var agreement = (await host.GraphQLAsync("""
            mutation($party: ID!, $start: Date!, $end: Date!) {
              draftAgreement(input: { title: "Grøn omstilling", kind: PROJECT_AGREEMENT, purpose: "Flere grønne virksomheder",
                start: $start, end: $end, parties: [{ organisationId: $party, role: PARTNER }] }) { createdId }
            }
            """, new { party = aalborg, start = new DateOnly(host.Today.Year, 1, 1), end = new DateOnly(host.Today.Year + 1, 12, 31) }))
            .ShouldSucceed().String("draftAgreement.createdId")!;
        return (aalborg, agreement);
    }

    private static async Task<int> VersionAsync(ServerHost host, string agreement) =>
        (await host.GraphQLAsync("query($id: ID!) { agreement(id: $id) { version } }", new { id = agreement })).ShouldSucceed().At("agreement.version").GetInt32();
}
