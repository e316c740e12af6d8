using AgreementTracker.Identity.Users;
using AgreementTracker.TestSupport;

namespace AgreementTracker.Api.Tests.Access;

/// <summary>
/// Issue 12's three journeys over HTTP, each user signed in at the embedded provider as a browser does (the code flow
/// with PKCE through the sign-in page): BRN staff log a meeting; Aalborg
/// Kommune reads its KPIs and cannot read Hjørring Kommune's agreement with another cluster, by any path; the auditor
/// replays a history and is refused a change.
/// </summary>
public sealed class AccessJourneyTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private const string AalborgCvr = "29189420";
    private const string HjoerringCvr = "29189501";
    private static readonly TestUser AalborgMember = new("aalborg.medlem", "Mette Holm", Roles.Member, AalborgCvr);
    private static readonly TestUser Auditor = new("revisor", "Rikke Revisor", Roles.Auditor);
    private static readonly TestUser Administrator = new("administrator", "Anders Administrator", Roles.Administrator, AalborgCvr);

    private sealed record World(ServerHost Host, string Aalborg, string Hjoerring, string Cluster, string Theirs, string Ours, string Kpi);

    /// <summary>As BRN staff: Aalborg's agreement with the cluster (the cluster answers for its KPI), and Hjørring's with the cluster.</summary>
    private async Task<World> WorldAsync()
    {
        var host = await ServerHost.StartAsync(database);
        await host.SignInThroughBrowserAsync(TestUsers.Coordinator);
        async Task<string> Create(string query, string field) => (await host.GraphQLAsync(query)).ShouldSucceed().String($"{field}.createdId")!;
        var aalborg = await Create($$"""mutation { registerOrganisation(input: { name: "Aalborg Kommune", kind: MUNICIPALITY, cvrNumber: "{{AalborgCvr}}" }) { createdId } }""", "registerOrganisation");
        var hjoerring = await Create($$"""mutation { registerOrganisation(input: { name: "Hjørring Kommune", kind: MUNICIPALITY, cvrNumber: "{{HjoerringCvr}}" }) { createdId } }""", "registerOrganisation");
        var cluster = await Create("""mutation { registerOrganisation(input: { name: "Energy Cluster Denmark", kind: NATIONAL_CLUSTER }) { createdId } }""", "registerOrganisation");
        var (start, end) = (host.Today.AddDays(30).ToString("yyyy-MM-dd"), host.Today.AddYears(2).ToString("yyyy-MM-dd"));
        string Draft(string title, string party) => $$"""
            mutation { draftAgreement(input: { title: "{{title}}", kind: PROJECT_AGREEMENT, purpose: "Grøn omstilling", start: "{{start}}", end: "{{end}}",
              parties: [{ organisationId: "{{party}}", role: CO_FINANCIER }, { organisationId: "{{cluster}}", role: PARTNER }] }) { createdId } }
            """;
        var ours = await Create(Draft("Grøn omstilling i Aalborg", aalborg), "draftAgreement");
        var theirs = await Create(Draft("Grøn omstilling i Hjørring", hjoerring), "draftAgreement");
        var kpi = await Create($$"""
            mutation { defineKpi(input: { agreementId: "{{ours}}", code: "E1", name: "Virksomheder i grøn omstilling", unit: "virksomheder",
              direction: INCREASE, baseline: "0", target: "60", targetDate: "{{end}}", reportingFrequency: QUARTERLY,
              geography: "Aalborg Kommune", responsiblePartyId: "{{cluster}}" }) { createdId } }
            """, "defineKpi");
        return new World(host, aalborg, hjoerring, cluster, theirs, ours, kpi);
    }

    [Fact]
    public async Task BRN_staff_log_a_meeting()
    {
        var world = await WorldAsync();
        await using var host = world.Host;
        var logged = (await host.GraphQLAsync($$"""
            mutation { logMeeting(input: { agreementId: "{{world.Ours}}", title: "Koordinationsmøde", heldOn: "{{host.Today:yyyy-MM-dd}}",
              attendees: [{ name: "Mette Holm", organisationId: "{{world.Aalborg}}" }] }) { events { actor } } }
            """)).ShouldSucceed();
        Assert.Equal(TestUsers.Coordinator.DisplayName, logged.String("logMeeting.events.0.actor"));
    }

    [Fact]
    public async Task Aalborg_reads_its_kpis_and_cannot_read_Hjoerrings_agreement_by_any_path()
    {
        var world = await WorldAsync();
        await using var host = world.Host;
        await host.SignInThroughBrowserAsync(AalborgMember);

        var listed = (await host.GraphQLAsync("{ agreements { nodes { id title kpis { name } } } }")).ShouldSucceed();
        var only = Assert.Single(listed.At("agreements.nodes").EnumerateArray());
        Assert.Equal(world.Ours, only.GetProperty("id").GetString());
        Assert.Equal("Virksomheder i grøn omstilling", only.GetProperty("kpis")[0].GetProperty("name").GetString());
        var filtered = (await host.GraphQLAsync($$"""{ agreements(filter: { partyId: "{{world.Hjoerring}}" }) { totalCount } }""")).ShouldSucceed();
        Assert.Equal(0, filtered.At("agreements.totalCount").GetInt32());

        var theirs = (await host.GraphQLAsync(EveryPathTo(world.Theirs, host.Today))).ShouldSucceed();
        var absent = (await host.GraphQLAsync(EveryPathTo("0e1c53e4-6d1f-4f5e-8a5e-00000000ffff", host.Today))).ShouldSucceed();
        Assert.Equal(absent.Data.ToString(), theirs.Data.ToString());

        var before = await StoredEvents.CountAsync(host);
        var signTheirs = await host.GraphQLAsync($$"""
            mutation { signAgreement(input: { agreementId: "{{world.Theirs}}", organisationId: "{{world.Aalborg}}", signedOn: "{{host.Today:yyyy-MM-dd}}" }) { agreement { version } } }
            """);
        Assert.Equal("agreement_not_found", signTheirs.Refusal().Code);
        var signForCluster = await host.GraphQLAsync($$"""
            mutation { signAgreement(input: { agreementId: "{{world.Ours}}", organisationId: "{{world.Cluster}}", signedOn: "{{host.Today:yyyy-MM-dd}}" }) { agreement { version } } }
            """);
        Assert.Equal("FORBIDDEN", signForCluster.Refusal().Code);
        Assert.Equal(before, await StoredEvents.CountAsync(host));

        (await host.GraphQLAsync($$"""
            mutation { signAgreement(input: { agreementId: "{{world.Ours}}", organisationId: "{{world.Aalborg}}", signedOn: "{{host.Today:yyyy-MM-dd}}" }) { agreement { version } } }
            """)).ShouldSucceed();
        var portfolio = await host.GraphQLAsync($$"""{ organisation(id: "{{world.Hjoerring}}") { portfolio { committedTotal } } }""");
        Assert.Equal("FORBIDDEN", portfolio.Errors[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    /// <summary>Every query that finds an agreement by its id.</summary>
    private static string EveryPathTo(string agreement, DateOnly today) => $$"""
        { agreement(id: "{{agreement}}") { title }
          node(id: "{{agreement}}") { id }
          agreementAsOf(id: "{{agreement}}", date: "{{today:yyyy-MM-dd}}") { title }
          agreementChanges(id: "{{agreement}}", from: "2020-01-01", to: "{{today:yyyy-MM-dd}}") { changes { field } }
          timeline(streamId: "{{agreement}}") { totalCount }
          notifications(agreementId: "{{agreement}}") { message } }
        """;

    [Fact]
    public async Task The_auditor_replays_a_history_and_is_refused_a_change()
    {
        var world = await WorldAsync();
        await using var host = world.Host;
        await host.SignInThroughBrowserAsync(Auditor);

        var history = (await host.GraphQLAsync($$"""
            { agreementAsOf(id: "{{world.Theirs}}", date: "{{host.Today:yyyy-MM-dd}}") { title }
              agreementChanges(id: "{{world.Theirs}}", from: "2020-01-01", to: "{{host.Today.AddDays(1):yyyy-MM-dd}}") { events { actor } }
              verifyHistory { intact } }
            """)).ShouldSucceed();
        Assert.Equal("Grøn omstilling i Hjørring", history.String("agreementAsOf.title"));
        Assert.Equal(TestUsers.Coordinator.DisplayName, history.String("agreementChanges.events.0.actor"));
        Assert.True(history.At("verifyHistory.intact").GetBoolean());

        var before = await StoredEvents.CountAsync(host);
        var refused = await host.GraphQLAsync($$"""
            mutation { logMeeting(input: { agreementId: "{{world.Ours}}", title: "Møde", heldOn: "{{host.Today:yyyy-MM-dd}}", attendees: [] }) { createdId } }
            """);
        var (code, message) = refused.Refusal();
        Assert.Equal("FORBIDDEN", code);
        Assert.Contains("revisor", message);
        Assert.Equal(before, await StoredEvents.CountAsync(host));
    }

    [Fact]
    public async Task An_administrator_keeps_users_and_sees_no_agreement()
    {
        var world = await WorldAsync();
        await using var host = world.Host;
        await host.SignInThroughBrowserAsync(Administrator);

        var listed = (await host.GraphQLAsync($$"""{ agreements { totalCount } agreement(id: "{{world.Ours}}") { title } organisations { totalCount } }""")).ShouldSucceed();
        Assert.Equal(0, listed.At("agreements.totalCount").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, listed.At("agreement").ValueKind);
        Assert.Equal(3, listed.At("organisations.totalCount").GetInt32());
        var refused = await host.GraphQLAsync("""mutation { registerOrganisation(input: { name: "Læsø Kommune", kind: MUNICIPALITY }) { createdId } }""");
        Assert.Equal("FORBIDDEN", refused.Refusal().Code);
    }
}
