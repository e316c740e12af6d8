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

    /// <summary>A figure as the pages write it: 1.234,5.</summary>
    public static string Danish(decimal value) => value.ToString("#,##0.##", System.Globalization.CultureInfo.GetCultureInfo("da-DK"));
}
