using System.Text.Json;
using AgreementTracker.TestSupport;

namespace AgreementTracker.Web.Tests;

/// <summary>What the tests look up in the demo data through the API, so that they name no id and no date of their own.</summary>
internal static class DemoAgreements
{
    public sealed record Agreement(string Id, string Title);

    /// <summary>A KPI whose figure for <paramref name="Period"/> was corrected from <paramref name="Original"/> to <paramref name="Corrected"/> on <paramref name="CorrectedOn"/>.</summary>
    public sealed record Correction(string AgreementId, string Kpi, string Period, decimal Original, decimal Corrected, DateOnly CorrectedOn);

    /// <summary>An agreement in force today that the organisation is party to.</summary>
    public static async Task<Agreement> InForceWithAsync(ServerProcess server, string organisationName)
    {
        var organisation = await OrganisationIdAsync(server, organisationName);
        var agreement = (await server.GraphQLAsync("query($id: ID!) { agreements(filter: { partyId: $id, status: IN_FORCE }, first: 1) { nodes { id title } } }", new { id = organisation }))
            .ShouldSucceed().At("agreements.nodes").EnumerateArray().First();
        return new Agreement(agreement.GetProperty("id").GetString()!, agreement.GetProperty("title").GetString()!);
    }

    /// <summary>An agreement the organisation is not a party to.</summary>
    public static async Task<Agreement> NotPartyToAsync(ServerProcess server, string organisationName)
    {
        var agreement = (await server.GraphQLAsync("{ agreements(first: 100) { nodes { id title parties { organisation { name } } } } }"))
            .ShouldSucceed().At("agreements.nodes").EnumerateArray()
            .First(a => a.GetProperty("parties").EnumerateArray().All(p => p.GetProperty("organisation").GetProperty("name").GetString() != organisationName));
        return new Agreement(agreement.GetProperty("id").GetString()!, agreement.GetProperty("title").GetString()!);
    }

    /// <summary>A new draft between the organisations as partners, far ahead (2040–2041) so that it may be signed on any day the tests run; its id.</summary>
    public static async Task<string> DraftAsync(ServerProcess server, string title, params string[] organisationNames)
    {
        var parties = new List<string>();
        foreach (var name in organisationNames)
            parties.Add(await OrganisationIdAsync(server, name));
        return (await server.GraphQLAsync("""
            mutation($title: String!, $parties: [PartyInput!]!) {
              draftAgreement(input: { title: $title, kind: PROJECT_AGREEMENT, purpose: "Afprøvning", start: "2040-01-01", end: "2041-12-31", parties: $parties }) { createdId }
            }
            """, new { title, parties = parties.Select(p => new { organisationId = p, role = "PARTNER" }) })).ShouldSucceed().String("draftAgreement.createdId")!;
    }

    /// <summary>
    /// A new <see cref="DraftAsync">draft</see> signed by every party yesterday by the server's clock (the real one in
    /// these tests), so that its terms may be amended.
    /// </summary>
    public static async Task<Agreement> SignedAsync(ServerProcess server, string title, params string[] organisationNames)
    {
        var id = await DraftAsync(server, title, organisationNames);
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd");
        foreach (var name in organisationNames)
        {
            (await server.GraphQLAsync(
                    "mutation($id: ID!, $party: ID!, $on: Date!) { signAgreement(input: { agreementId: $id, organisationId: $party, signedOn: $on }) { repeated } }",
                    new { id, party = await OrganisationIdAsync(server, name), on = yesterday }))
                .ShouldSucceed();
        }
        return new Agreement(id, title);
    }

    /// <summary>An amendment of the agreement's title, proposed by staff on <paramref name="proposerName"/>'s behalf.</summary>
    public static async Task ProposeTitleAsync(ServerProcess server, string agreementId, string proposerName, string summary, string title) =>
        (await server.GraphQLAsync("""
            mutation($id: ID!, $by: ID!, $summary: String!, $title: String!) {
              proposeAmendment(input: { agreementId: $id, proposedBy: $by, summary: $summary, changes: { title: $title } }) { createdId }
            }
            """, new { id = agreementId, by = await OrganisationIdAsync(server, proposerName), summary, title })).ShouldSucceed();

    /// <summary>A yearly KPI on the agreement that <paramref name="responsible"/> reports, defined by staff; its id.</summary>
    public static async Task<string> DefineKpiAsync(ServerProcess server, string agreementId, string name, string responsible) =>
        (await server.GraphQLAsync("""
            mutation($id: ID!, $name: String!, $responsible: ID!) {
              defineKpi(input: {
                agreementId: $id, code: "DELTAGENDE_VIRKSOMHEDER", name: $name, unit: "virksomheder", direction: INCREASE,
                baseline: "0", target: "100", targetDate: "2100-12-31", reportingFrequency: YEARLY, responsiblePartyId: $responsible
              }) { createdId }
            }
            """, new { id = agreementId, name, responsible })).ShouldSucceed().String("defineKpi.createdId")!;

    /// <summary>A commitment of <paramref name="amount"/> kroner by the party for the agreement's first year, registered by staff; its id.</summary>
    public static async Task<string> CommitAsync(ServerProcess server, string agreementId, string partyName, decimal amount) =>
        (await server.GraphQLAsync("""
            mutation($id: ID!, $party: ID!, $amount: Decimal!, $year: Int!) {
              commitCoFinancing(input: { agreementId: $id, partyId: $party, amount: $amount, year: $year, purpose: "Afprøvning" }) { createdId }
            }
            """, new { id = agreementId, party = await OrganisationIdAsync(server, partyName), amount, year = (await StartAsync(server, agreementId)).Year }))
            .ShouldSucceed().String("commitCoFinancing.createdId")!;

    /// <summary>An invoice of <paramref name="amount"/> kroner on the commitment, dated the agreement's first day and due the same day; its id.</summary>
    public static async Task<string> InvoiceAsync(ServerProcess server, string agreementId, string commitmentId, decimal amount)
    {
        var on = (await StartAsync(server, agreementId)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return (await server.GraphQLAsync("""
                mutation($id: ID!, $commitment: ID!, $amount: Decimal!, $on: Date!) {
                  invoiceCoFinancing(input: { agreementId: $id, commitmentId: $commitment, amount: $amount, invoicedOn: $on, dueOn: $on }) { createdId }
                }
                """, new { id = agreementId, commitment = commitmentId, amount, on }))
            .ShouldSucceed().String("invoiceCoFinancing.createdId")!;
    }

    /// <summary>The first day of the agreement's period.</summary>
    public static async Task<DateOnly> StartAsync(ServerProcess server, string agreementId) =>
        DateOnly.Parse((await server.GraphQLAsync("query($id: ID!) { agreement(id: $id) { period { start } } }", new { id = agreementId }))
            .ShouldSucceed().String("agreement.period.start")!, System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<string> OrganisationIdAsync(ServerProcess server, string name) =>
        (await server.GraphQLAsync("query($name: String!) { organisations(nameContains: $name) { nodes { id name } } }", new { name }))
            .ShouldSucceed().At("organisations.nodes").EnumerateArray().First(o => o.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;

    /// <summary>A measurement correction in the demo history, with the day it was recorded (from the timeline).</summary>
    public static async Task<Correction> CorrectionAsync(ServerProcess server)
    {
        var agreements = (await server.GraphQLAsync(
                "{ agreements(first: 100) { nodes { id kpis { name series { period value } history { period value isCorrection correctsValue } } } } }"))
            .ShouldSucceed().At("agreements.nodes").EnumerateArray();
        foreach (var agreement in agreements)
        {
            foreach (var kpi in agreement.GetProperty("kpis").EnumerateArray())
            {
                var correction = kpi.GetProperty("history").EnumerateArray()
                    .FirstOrDefault(m => m.GetProperty("isCorrection").GetBoolean() && m.GetProperty("correctsValue").ValueKind == JsonValueKind.Number);
                if (correction.ValueKind == JsonValueKind.Undefined)
                    continue;
                var period = correction.GetProperty("period").GetString()!;
                var id = agreement.GetProperty("id").GetString()!;
                var corrected = kpi.GetProperty("series").EnumerateArray().Single(p => p.GetProperty("period").GetString() == period).GetProperty("value").GetDecimal();
                return new Correction(id, kpi.GetProperty("name").GetString()!, period, correction.GetProperty("correctsValue").GetDecimal(), corrected,
                    await CorrectedOnAsync(server, id));
            }
        }
        throw new InvalidOperationException("The demo history has no measurement correction.");
    }

    private static async Task<DateOnly> CorrectedOnAsync(ServerProcess server, string agreementId)
    {
        var events = (await server.GraphQLAsync("query($id: ID!) { timeline(streamId: $id, first: 1000) { nodes { event occurredAt } } }", new { id = agreementId }))
            .ShouldSucceed().At("timeline.nodes").EnumerateArray();
        var at = events.First(e => e.GetProperty("event").GetString() == "MeasurementCorrected").GetProperty("occurredAt").GetDateTimeOffset();
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen")).DateTime);
    }

    /// <summary>How the pages write figures: 1.234,5.</summary>
    public static readonly System.Globalization.CultureInfo DanishNumbers = System.Globalization.CultureInfo.GetCultureInfo("da-DK");

    /// <summary>A figure as the pages write it: 1.234,5.</summary>
    public static string Danish(decimal value) => value.ToString("#,##0.##", DanishNumbers);
}
