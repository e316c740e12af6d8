using System.Text.Json;
using AgreementTracker.Identity.Users;
using AgreementTracker.TestSupport;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementTracker.Api.Tests.Access;

/// <summary>
/// Every root field of the served schema, for every role and for a member of an unrelated organisation, on the demo
/// data: allowed, refused (<c>FORBIDDEN</c>) or as if absent, as the README's table says. The fields come from the
/// served schema, so a new field without a rule here fails the test.
/// </summary>
public sealed class AuthorizationMatrixTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    public enum Who { Coordinator, Auditor, Administrator, PartyMember, OtherMember }

    public enum Outcome { Allowed, Refused, Absent }

    /// <summary>The demo data's own accounts (see the README): Energy Cluster Denmark is a party to the target agreement, Erhvervshus Nordjylland is not.</summary>
    private static readonly Dictionary<Who, TestUser> Users = new()
    {
        [Who.Coordinator] = new("koordinator", "", Roles.Coordinator),
        [Who.Auditor] = new("revisor", "", Roles.Auditor),
        [Who.Administrator] = new("administrator", "", Roles.Administrator),
        [Who.PartyMember] = new("energycluster", "", Roles.Member),
        [Who.OtherMember] = new("erhvervshus", "", Roles.Member),
    };

    private ServerHost _host = null!;
    private Targets _targets = null!;

    /// <summary>The target agreement (the cluster's, not Erhvervshuset's), the cluster, Erhvervshuset, days to use in inputs, and the cluster's member's account.</summary>
    private sealed record Targets(string Agreement, string Party, string Other, string Day, string Later, string PartyMembersAccount);

    public async Task InitializeAsync()
    {
        _host = await ServerHost.StartAsync(database, "--demo");
        // The timeline is Marten's asynchronous projection: its rows for the demo data follow the load by a daemon poll or more.
        await _host.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(2));
        var organisations = (await _host.GraphQLAsync("{ organisations(first: 100) { nodes { id name } } }")).ShouldSucceed();
        string Named(string name) => organisations.At("organisations.nodes").EnumerateArray().Single(o => o.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;
        var (party, other) = (Named("Energy Cluster Denmark"), Named("Erhvervshus Nordjylland"));
        var agreements = (await _host.GraphQLAsync("{ agreements(first: 100) { nodes { id parties { organisation { id } } } } }")).ShouldSucceed()
            .At("agreements.nodes").EnumerateArray()
            .Select(a => (Id: a.GetProperty("id").GetString()!, Parties: a.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("organisation").GetProperty("id").GetString()).ToList()))
            .ToList();
        var target = agreements.First(a => a.Parties.Contains(party) && !a.Parties.Contains(other)).Id;
        _host.ActAs(Users[Who.Administrator]);
        var account = (await _host.GraphQLAsync("{ users { id userName } }")).ShouldSucceed().At("users").EnumerateArray()
            .Single(u => u.GetProperty("userName").GetString() == Users[Who.PartyMember].UserName).GetProperty("id").GetString()!;
        _host.ActAs(Users[Who.Coordinator]);
        _targets = new Targets(target, party, other, _host.Today.ToString("yyyy-MM-dd"), _host.Today.AddYears(1).ToString("yyyy-MM-dd"), account);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static readonly Outcome[] SeesEverything = [Outcome.Allowed, Outcome.Allowed, Outcome.Absent, Outcome.Allowed, Outcome.Absent];
    private static readonly Outcome[] Everyone = [Outcome.Allowed, Outcome.Allowed, Outcome.Allowed, Outcome.Allowed, Outcome.Allowed];
    private static readonly Outcome[] StaffOnly = [Outcome.Allowed, Outcome.Refused, Outcome.Refused, Outcome.Refused, Outcome.Refused];
    private static readonly Outcome[] ReadersOfEverything = [Outcome.Allowed, Outcome.Allowed, Outcome.Refused, Outcome.Refused, Outcome.Refused];
    private static readonly Outcome[] OwnOrganisation = [Outcome.Allowed, Outcome.Allowed, Outcome.Refused, Outcome.Allowed, Outcome.Refused];
    private static readonly Outcome[] StaffKeepAgreement = [Outcome.Allowed, Outcome.Refused, Outcome.Absent, Outcome.Refused, Outcome.Absent];
    private static readonly Outcome[] PartiesAct = [Outcome.Allowed, Outcome.Refused, Outcome.Absent, Outcome.Allowed, Outcome.Absent];
    private static readonly Outcome[] AdministratorsOnly = [Outcome.Refused, Outcome.Refused, Outcome.Allowed, Outcome.Refused, Outcome.Refused];

    /// <summary>A query: its document, whether the answer shows the thing asked for, and who gets what.</summary>
    private sealed record QueryRule(Func<Targets, string> Document, Func<GraphQLResponse, Targets, bool> Shows, Outcome[] Expected);

    private static readonly Dictionary<string, QueryRule> Queries = new()
    {
        ["agreements"] = new(_ => "{ agreements(first: 100) { nodes { id } } }",
            (r, t) => r.At("agreements.nodes").EnumerateArray().Any(a => a.GetProperty("id").GetString() == t.Agreement), SeesEverything),
        ["agreement"] = new(t => $$"""{ agreement(id: "{{t.Agreement}}") { id } }""", (r, _) => IsThere(r.At("agreement")), SeesEverything),
        ["agreementAsOf"] = new(t => $$"""{ agreementAsOf(id: "{{t.Agreement}}", date: "{{t.Day}}") { id } }""", (r, _) => IsThere(r.At("agreementAsOf")), SeesEverything),
        ["agreementChanges"] = new(t => $$"""{ agreementChanges(id: "{{t.Agreement}}", from: "2020-01-01", to: "{{t.Day}}") { changes { field } } }""",
            (r, _) => IsThere(r.At("agreementChanges")), SeesEverything),
        ["organisations"] = new(_ => "{ organisations { totalCount } }", (r, _) => r.At("organisations.totalCount").GetInt32() > 0, Everyone),
        ["organisation"] = new(t => $$"""{ organisation(id: "{{t.Party}}") { name } }""", (r, _) => IsThere(r.At("organisation")), Everyone),
        ["timeline"] = new(t => $$"""{ timeline(streamId: "{{t.Agreement}}") { totalCount } }""", (r, _) => r.At("timeline.totalCount").GetInt32() > 0, SeesEverything),
        ["verifyHistory"] = new(_ => "{ verifyHistory { intact } }", (r, _) => r.At("verifyHistory.intact").GetBoolean(), ReadersOfEverything),
        ["agreementExport"] = new(t => $$"""{ agreementExport(id: "{{t.Agreement}}") { downloadPath } }""", (r, _) => IsThere(r.At("agreementExport")), SeesEverything),
        ["organisationExport"] = new(t => $$"""{ organisationExport(id: "{{t.Party}}") { downloadPath } }""", (r, _) => IsThere(r.At("organisationExport")), OwnOrganisation),
        ["node"] = new(t => $$"""{ node(id: "{{t.Agreement}}") { id } }""", (r, _) => IsThere(r.At("node")), SeesEverything),
        ["notifications"] = new(t => $$"""{ notifications(organisationId: "{{t.Party}}") { id } }""", (_, _) => true, OwnOrganisation),
        ["users"] = new(_ => "{ users { userName } }", (r, _) => r.At("users").GetArrayLength() > 0, AdministratorsOnly),
        ["viewer"] = new(_ => "{ viewer { name role } }", (r, _) => IsThere(r.At("viewer")), Everyone),
    };

    /// <summary>Paths below the root that have a rule of their own.</summary>
    private static readonly Dictionary<string, QueryRule> NestedPaths = new()
    {
        ["organisation.portfolio"] = new(t => $$"""{ organisation(id: "{{t.Party}}") { portfolio { committedTotal } } }""",
            (r, _) => IsThere(r.At("organisation.portfolio")), OwnOrganisation),
    };

    /// <summary>A mutation's input (fields inside <c>input: { … }</c>) and who gets what: allowed means the access check let it through to the domain, which may still refuse it for its own reasons.</summary>
    private sealed record MutationRule(Func<Targets, string> Input, Outcome[] Expected);

    private const string Nothing = "0e1c53e4-6d1f-4f5e-8a5e-00000000dead";

    private static readonly Dictionary<string, MutationRule> Mutations = new()
    {
        ["registerOrganisation"] = new(_ => """name: "Matrixkommune", kind: MUNICIPALITY""", StaffOnly),
        ["renameOrganisation"] = new(_ => $$"""organisationId: "{{Nothing}}", newName: "Nyt navn" """, StaffOnly),
        ["mergeOrganisation"] = new(t => $$"""organisationId: "{{Nothing}}", intoId: "{{t.Party}}", mergedOn: "{{t.Day}}" """, StaffOnly),
        ["draftAgreement"] = new(t => $$"""title: "Matrixaftale", kind: PROJECT_AGREEMENT, purpose: "Afprøvning", start: "{{t.Day}}", end: "{{t.Later}}" """, StaffOnly),
        ["addParty"] = new(t => $$"""agreementId: "{{t.Agreement}}", organisationId: "{{Nothing}}", role: PARTNER""", StaffKeepAgreement),
        ["removeParty"] = new(t => $$"""agreementId: "{{t.Agreement}}", organisationId: "{{Nothing}}" """, StaffKeepAgreement),
        ["signAgreement"] = new(t => $$"""agreementId: "{{t.Agreement}}", organisationId: "{{t.Party}}", signedOn: "{{t.Day}}" """, PartiesAct),
        ["extendAgreement"] = new(t => $$"""agreementId: "{{t.Agreement}}", newEnd: "2040-12-31" """, StaffKeepAgreement),
        ["terminateAgreement"] = new(t => $$"""agreementId: "{{t.Agreement}}", organisationId: "{{Nothing}}", effectiveOn: "{{t.Later}}" """, StaffKeepAgreement),
        ["expireAgreement"] = new(t => $$"""agreementId: "{{t.Agreement}}" """, StaffKeepAgreement),
        ["proposeAmendment"] = new(t => $$"""agreementId: "{{t.Agreement}}", proposedBy: "{{t.Party}}", summary: "Ny titel", changes: { title: "Ny titel" }""", StaffKeepAgreement),
        ["acceptAmendment"] = new(t => $$"""agreementId: "{{t.Agreement}}", amendmentId: "{{Nothing}}", organisationId: "{{t.Party}}" """, PartiesAct),
        ["rejectAmendment"] = new(t => $$"""agreementId: "{{t.Agreement}}", amendmentId: "{{Nothing}}", organisationId: "{{t.Party}}" """, PartiesAct),
        ["setGoal"] = new(t => $$"""agreementId: "{{t.Agreement}}", description: "Flere grønne virksomheder", kind: HARD, horizon: SHORT_TERM""", StaffKeepAgreement),
        ["defineKpi"] = new(t => $$"""
            agreementId: "{{t.Agreement}}", code: "M1", name: "Matrix", unit: "stk.", direction: INCREASE, baseline: "0", target: "10",
            targetDate: "{{t.Later}}", reportingFrequency: QUARTERLY, geography: "Nordjylland", responsiblePartyId: "{{t.Party}}"
            """, StaffKeepAgreement),
        ["reviseKpiTarget"] = new(t => $$"""agreementId: "{{t.Agreement}}", kpiId: "{{Nothing}}", newTarget: "20", newTargetDate: "{{t.Later}}" """, StaffKeepAgreement),
        ["recordMeasurement"] = new(t => Measurement(t), PartiesAct),
        ["correctMeasurement"] = new(t => Measurement(t), PartiesAct),
        ["adoptActionPlan"] = new(t => $$"""agreementId: "{{t.Agreement}}", year: 2030, title: "Handleplan", adoptedOn: "{{t.Day}}" """, StaffKeepAgreement),
        ["planActivity"] = new(t => $$"""agreementId: "{{t.Agreement}}", actionPlanId: "{{Nothing}}", title: "Aktivitet", plannedFor: "{{t.Day}}", responsibleId: "{{t.Party}}" """, StaffKeepAgreement),
        ["completeActivity"] = new(t => $$"""
            agreementId: "{{t.Agreement}}", activityId: "{{Nothing}}", completedOn: "{{t.Day}}", participants: 1, uniqueCompanies: 1, companiesUnder50Employees: 1
            """, StaffKeepAgreement),
        ["setMeetingCadence"] = new(t => $$"""agreementId: "{{t.Agreement}}", meetingsPerYear: 4, effectiveFrom: "{{t.Day}}" """, StaffKeepAgreement),
        ["scheduleMeeting"] = new(t => $$"""agreementId: "{{t.Agreement}}", title: "Møde", date: "{{t.Later}}" """, StaffKeepAgreement),
        ["logMeeting"] = new(t => $$"""agreementId: "{{t.Agreement}}", title: "Møde", heldOn: "{{t.Day}}", attendees: [] """, StaffKeepAgreement),
        ["cancelMeeting"] = new(t => $$"""agreementId: "{{t.Agreement}}", meetingId: "{{Nothing}}" """, StaffKeepAgreement),
        ["completeActionItem"] = new(t => $$"""agreementId: "{{t.Agreement}}", actionItemId: "{{Nothing}}", completedOn: "{{t.Day}}" """, StaffKeepAgreement),
        ["commitCoFinancing"] = new(t => $$"""agreementId: "{{t.Agreement}}", partyId: "{{t.Party}}", amount: "1000", year: 2030, purpose: "Medfinansiering" """, StaffKeepAgreement),
        ["invoiceCoFinancing"] = new(t => $$"""agreementId: "{{t.Agreement}}", commitmentId: "{{Nothing}}", amount: "1000", invoicedOn: "{{t.Day}}", dueOn: "{{t.Later}}" """, StaffKeepAgreement),
        ["payCoFinancing"] = new(t => $$"""agreementId: "{{t.Agreement}}", commitmentId: "{{Nothing}}", invoiceId: "{{Nothing}}", amount: "1000", paidOn: "{{t.Day}}" """, StaffKeepAgreement),
        ["cancelCoFinancing"] = new(t => $$"""agreementId: "{{t.Agreement}}", commitmentId: "{{Nothing}}" """, StaffKeepAgreement),
        ["createUser"] = new(_ => """userName: "matrix.revisor", displayName: "Matrix Revisor", password: "en-lang-nok-adgangskode", role: REVISOR""", AdministratorsOnly),
        ["assignUser"] = new(t => $$"""userId: "{{t.PartyMembersAccount}}", role: MEDLEM, organisationId: "{{t.Party}}" """, AdministratorsOnly),
        ["recordEvaluation"] = new(t => $$"""agreementId: "{{t.Agreement}}", kind: ANNUAL, evaluatedOn: "{{t.Day}}", summary: "Godt på vej" """, StaffKeepAgreement),
    };

    private static string Measurement(Targets t) => $$"""
        agreementId: "{{t.Agreement}}", kpiId: "{{Nothing}}", period: "2026-Q1", value: "1", source: { kind: SECRETARIAT_COUNT }, reportedById: "{{t.Party}}"
        """;

    /// <summary>A subscription: who hears a change to the target agreement (and, for the others, of one they may see, sent after it).</summary>
    private static readonly Dictionary<string, Func<Targets, string>> Subscriptions = new()
    {
        ["agreementChanged"] = t => $$"""subscription { agreementChanged(id: "{{t.Agreement}}") { agreement { id } } }""",
        ["kpiStatusChanged"] = _ => "subscription { kpiStatusChanged { agreement { id } } }",
    };

    [Fact]
    public async Task Every_root_field_of_the_served_schema_has_a_rule()
    {
        var schema = (await _host.GraphQLAsync("""
            { __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }
            """)).ShouldSucceed();
        IEnumerable<string> Fields(string type) => schema.At($"__schema.{type}.fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).Order();

        Assert.Equal(Queries.Keys.Order(), Fields("queryType"));
        Assert.Equal(Mutations.Keys.Order(), Fields("mutationType"));
        Assert.Equal(Subscriptions.Keys.Order(), Fields("subscriptionType"));
    }

    [Fact]
    public async Task Each_query_answers_each_role_as_the_table_says()
    {
        var found = new List<string>();
        foreach (var (field, rule) in Queries.Concat(NestedPaths))
        {
            foreach (var who in Enum.GetValues<Who>())
            {
                _host.ActAs(Users[who]);
                var response = await _host.GraphQLAsync(rule.Document(_targets));
                var outcome = IsForbidden(response) ? Outcome.Refused
                    : response.Errors.Count > 0 ? throw new Xunit.Sdk.XunitException($"{field} as {who}: {response.Body}")
                    : rule.Shows(response, _targets) ? Outcome.Allowed : Outcome.Absent;
                if (outcome != rule.Expected[(int)who])
                    found.Add($"{field} as {who}: {outcome}, expected {rule.Expected[(int)who]}");
            }
        }
        Assert.Empty(found);
    }

    [Fact]
    public async Task Each_mutation_is_let_through_refused_or_answered_as_absent_as_the_table_says_and_a_refusal_writes_nothing()
    {
        var found = new List<string>();
        foreach (var (field, rule) in Mutations)
        {
            foreach (var who in Enum.GetValues<Who>().Reverse())
            {
                _host.ActAs(Users[who]);
                var before = await StoredEvents.CountAsync(_host);
                var response = await _host.GraphQLAsync($"mutation {{ {field}(input: {{ {rule.Input(_targets)} }}) {{ __typename }} }}");
                var outcome = IsForbidden(response) ? Outcome.Refused : Code(response) == "agreement_not_found" ? Outcome.Absent : Outcome.Allowed;
                if (RefusedBeforeHandling(response))
                    found.Add($"{field} as {who}: the test's input is refused: {response.Body}");
                if (outcome != rule.Expected[(int)who])
                    found.Add($"{field} as {who}: {outcome}, expected {rule.Expected[(int)who]} ({response.Body})");
                if (outcome != Outcome.Allowed && await StoredEvents.CountAsync(_host) != before)
                    found.Add($"{field} as {who}: refused, yet events were written");
            }
        }
        Assert.Empty(found);
    }

    [Fact]
    public async Task The_viewer_is_the_signed_in_user_with_their_role_and_the_organisation_they_act_for()
    {
        _host.ActAs(Users[Who.PartyMember]);
        var member = (await _host.GraphQLAsync("{ viewer { role organisation { id } } }")).ShouldSucceed();
        _host.ActAs(Users[Who.Auditor]);
        var auditor = (await _host.GraphQLAsync("{ viewer { role organisation { id } } }")).ShouldSucceed();

        Assert.Equal("MEDLEM", member.String("viewer.role"));
        Assert.Equal(_targets.Party, member.String("viewer.organisation.id"));
        Assert.Equal("REVISOR", auditor.String("viewer.role"));
        Assert.Equal(JsonValueKind.Null, auditor.At("viewer.organisation").ValueKind);
    }

    /// <summary>
    /// On an agreement drafted for the cluster, open to changes on whatever day the test runs. Erhvervshuset cannot see the
    /// first change; the second makes it a party. A subscription's changes arrive in the order they were committed, so the
    /// first it hears of is the second: nothing of the first leaked, and no waiting for a message that should not come.
    /// </summary>
    [Fact]
    public async Task A_change_reaches_the_subscribers_who_may_see_it_and_no_one_else()
    {
        _host.ActAs(Users[Who.Coordinator]);
        var ours = await DraftAsync(_targets.Party);
        var sockets = new Dictionary<Who, GraphQLWebSocketClient>();
        foreach (var who in new[] { Who.Coordinator, Who.Auditor, Who.PartyMember, Who.OtherMember })
        {
            _host.ActAs(Users[who]);
            sockets[who] = await _host.ConnectWebSocketAsync();
            await sockets[who].SubscribeAsync("target", $$"""subscription { agreementChanged(id: "{{ours}}") { entry { event } } }""");
        }
        _host.ActAs(Users[Who.Coordinator]);
        await ChangeAsync(ours);
        (await _host.GraphQLAsync($$"""
            mutation { addParty(input: { agreementId: "{{ours}}", organisationId: "{{_targets.Other}}", role: PARTNER }) { __typename } }
            """)).ShouldSucceed();

        try
        {
            foreach (var who in new[] { Who.Coordinator, Who.Auditor, Who.PartyMember })
                Assert.Equal<string?[]>(["GoalSet", "PartyAdded"], [await EventNameAsync(sockets[who]), await EventNameAsync(sockets[who])]);
            Assert.Equal("PartyAdded", await EventNameAsync(sockets[Who.OtherMember]));
        }
        finally
        {
            foreach (var socket in sockets.Values)
                await socket.DisposeAsync();
        }
    }

    private static async Task<string?> EventNameAsync(GraphQLWebSocketClient socket) =>
        (string?)(await socket.ReceiveAsync())?["payload"]?["data"]?["agreementChanged"]?["entry"]?["event"];

    private async Task<string> DraftAsync(string party) => (await _host.GraphQLAsync($$"""
        mutation { draftAgreement(input: { title: "Abonnement", kind: PROJECT_AGREEMENT, purpose: "Afprøvning", start: "{{_targets.Day}}", end: "{{_targets.Later}}",
          parties: [{ organisationId: "{{party}}", role: PARTNER }] }) { createdId } }
        """)).ShouldSucceed().String("draftAgreement.createdId")!;

    private async Task ChangeAsync(string agreement) => (await _host.GraphQLAsync($$"""
        mutation { setGoal(input: { agreementId: "{{agreement}}", description: "Flere grønne virksomheder", kind: HARD, horizon: SHORT_TERM }) { __typename } }
        """)).ShouldSucceed();

    private static bool IsThere(JsonElement value) => value.ValueKind != JsonValueKind.Null;

    private static bool IsForbidden(GraphQLResponse response) => Code(response) == "FORBIDDEN";

    private static string? Code(GraphQLResponse response) => Extension(response, "code");

    /// <summary>
    /// Bad input the API refused before the command reached access and the domain (an id that is not one, or of the wrong
    /// kind), so the verdict says nothing about access. A domain refusal naming a field (<c>kpi_not_found</c> for the
    /// test's made-up <c>kpiId</c>) is bad input too, but decided after access, like any other domain refusal.
    /// </summary>
    private static bool RefusedBeforeHandling(GraphQLResponse response) =>
        Code(response) == "BAD_USER_INPUT" && Extension(response, "rule") is null or "wrong_kind_of_id";

    private static string? Extension(GraphQLResponse response, string name) =>
        response.Errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty(name, out var c) ? c.GetString() : null).FirstOrDefault();
}
