using AgreementTracker.TestSupport;

namespace AgreementTracker.Api.Tests.Scenarios;

/// <summary>
/// What BRN staff do through the API, one mutation each, so scenarios read as the steps people take; the dates are the
/// story's (<see cref="StoryCalendar"/>).
/// </summary>
public sealed class StaffActions(ServerHost host, StoryCalendar story)
{
    /// <summary>Staff on the host, in the story of an agreement that starts after the host's today.</summary>
    public static StaffActions ForNextStory(ServerHost host) => new(host, StoryCalendar.After(host.Today));

    public StoryCalendar Story => story;

    /// <summary>
    /// On the story's signing day (the clock moved there, 10:00): Aalborg Kommune and Energy Cluster Denmark registered,
    /// an agreement between them drafted and signed by both.
    /// </summary>
    public async Task<(string Municipality, string Cluster, string Agreement)> SignedAgreementAsync()
    {
        host.MoveClockTo(story.SignedOn, hour: 10);
        var municipality = await RegisterAsync("Aalborg Kommune", "MUNICIPALITY");
        var cluster = await RegisterAsync("Energy Cluster Denmark", "NATIONAL_CLUSTER");
        var agreement = await DraftAsync("Grøn omstilling i Aalborg", municipality, cluster);
        await SignAsync(agreement, municipality, story.SignedOn);
        await SignAsync(agreement, cluster, story.SignedOn);
        return (municipality, cluster, agreement);
    }

    public async Task<string> RegisterAsync(string name, string kind) => await CreateAsync("registerOrganisation", $$"""
        mutation { registerOrganisation(input: { name: "{{name}}", kind: {{kind}} }) { createdId } }
        """);

    public async Task<string> DraftAsync(string title, string municipality, string cluster) => await CreateAsync("draftAgreement", """
        mutation($municipality: ID!, $cluster: ID!, $start: Date!, $end: Date!) {
          draftAgreement(input: {
            title: "Grøn omstilling i Aalborg", kind: PROJECT_AGREEMENT, purpose: "Flere SMV'er i gang med grøn omstilling",
            start: $start, end: $end, strengthArea: "Energi", targetGroups: [SMES_NOT_YET_INNOVATING],
            parties: [{ organisationId: $municipality, role: CO_FINANCIER }, { organisationId: $cluster, role: PARTNER }]
          }) { createdId agreement { title } }
        }
        """, new { municipality, cluster, start = story.Start, end = story.End }, expectTitle: title);

    public async Task SignAsync(string agreement, string party, DateOnly on) => (await host.GraphQLAsync("""
        mutation($agreement: ID!, $party: ID!, $on: Date!) { signAgreement(input: { agreementId: $agreement, organisationId: $party, signedOn: $on }) { agreement { version } } }
        """, new { agreement, party, on })).ShouldSucceed();

    public async Task<string> DefineKpiAsync(string agreement, string responsible) => await CreateAsync("defineKpi", """
        mutation($agreement: ID!, $responsible: ID!, $targetDate: Date!) {
          defineKpi(input: {
            agreementId: $agreement, code: "E1", name: "Virksomheder i grøn omstilling", unit: "virksomheder",
            direction: INCREASE, baseline: "0", target: "60", targetDate: $targetDate, reportingFrequency: QUARTERLY,
            geography: "Aalborg Kommune", responsiblePartyId: $responsible
          }) { createdId }
        }
        """, new { agreement, responsible, targetDate = story.End });

    /// <summary>The coordination meeting, held on the agreement's 41st day, with an action item due on its 60th.</summary>
    public async Task<string> LogMeetingAsync(string agreement, string municipality, string cluster) => await CreateAsync("logMeeting", """
        mutation($agreement: ID!, $municipality: ID!, $cluster: ID!, $heldOn: Date!, $itemDueOn: Date!) {
          logMeeting(input: {
            agreementId: $agreement, title: "Koordinationsmøde", heldOn: $heldOn,
            attendees: [{ name: "Mette Jensen", organisationId: $municipality }, { name: "Lars Holm", organisationId: $cluster }],
            minutes: "Status på rekruttering af virksomheder.", decisions: ["Næste skridt: virksomhedsnetværk i Q2"],
            actionItems: [{ description: "Udsende invitation til virksomhedsnetværk", responsibleId: $cluster, dueOn: $itemDueOn }]
          }) { createdId }
        }
        """, new { agreement, municipality, cluster, heldOn = story.Day(41), itemDueOn = story.Day(60) });

    /// <summary>Co-financing for the year the agreement starts.</summary>
    public async Task<string> CommitAsync(string agreement, string party, string amount) => await CreateAsync("commitCoFinancing", """
        mutation($agreement: ID!, $party: ID!, $amount: Decimal!, $year: Int!, $purpose: String!) {
          commitCoFinancing(input: { agreementId: $agreement, partyId: $party, amount: $amount, year: $year, purpose: $purpose }) { createdId }
        }
        """, new { agreement, party, amount, year = story.Start.Year, purpose = $"Medfinansiering {story.Start.Year}" });

    public async Task<string> InvoiceAsync(string agreement, string commitment, string amount, DateOnly on, DateOnly due) => await CreateAsync("invoiceCoFinancing", """
        mutation($agreement: ID!, $commitment: ID!, $amount: Decimal!, $on: Date!, $due: Date!) {
          invoiceCoFinancing(input: { agreementId: $agreement, commitmentId: $commitment, amount: $amount, invoicedOn: $on, dueOn: $due }) { createdId }
        }
        """, new { agreement, commitment, amount, on, due });

    public async Task PayAsync(string agreement, string commitment, string invoice, string amount, DateOnly on) => (await host.GraphQLAsync("""
        mutation($agreement: ID!, $commitment: ID!, $invoice: ID!, $amount: Decimal!, $on: Date!) {
          payCoFinancing(input: { agreementId: $agreement, commitmentId: $commitment, invoiceId: $invoice, amount: $amount, paidOn: $on }) { repeated }
        }
        """, new { agreement, commitment, invoice, amount, on })).ShouldSucceed();

    /// <summary>A figure for the KPI's first quarter.</summary>
    /// <param name="mutation"><c>recordMeasurement</c> or <c>correctMeasurement</c>.</param>
    public async Task<GraphQLResponse> MeasureAsync(string mutation, string agreement, string kpi, string reporter, string value, string? reason) =>
        (await host.GraphQLAsync($$"""
            mutation($agreement: ID!, $kpi: ID!, $reporter: ID!, $value: Decimal!, $reason: String, $period: ReportingPeriod!) {
              {{mutation}}(input: {
                agreementId: $agreement, kpiId: $kpi, period: $period, value: $value,
                source: { kind: SECRETARIAT_COUNT }, reportedById: $reporter, reason: $reason
              }) { events { event reason actor } }
            }
            """, new { agreement, kpi, reporter, value, reason, period = story.FirstQuarter })).ShouldSucceed();

    private async Task<string> CreateAsync(string field, string mutation, object? variables = null, string? expectTitle = null)
    {
        var response = (await host.GraphQLAsync(mutation, variables)).ShouldSucceed();
        if (expectTitle is not null)
            Assert.Equal(expectTitle, response.String($"{field}.agreement.title"));
        return response.String($"{field}.createdId")!;
    }
}
