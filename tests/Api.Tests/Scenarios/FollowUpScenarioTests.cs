using AgreementTracker.TestSupport;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementTracker.Api.Tests.Scenarios;

/// <summary>
/// The product's first complete path, over HTTP against the real server and PostgreSQL: BRN staff set up and follow an
/// agreement, the municipality reads its KPI fulfilment and payments, the auditor reads the history and the past.
/// </summary>
public sealed class FollowUpScenarioTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    /// <summary>Only how long a stuck projection daemon may hang the test; nothing here measures time.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Staff_set_up_and_follow_an_agreement_the_municipality_reads_its_kpis_and_the_auditor_reads_the_past()
    {
        await using var host = await ServerHost.StartAsync(database);
        var staff = StaffActions.ForNextStory(host);
        var story = staff.Story;

        var (aalborg, cluster, agreement) = await staff.SignedAgreementAsync();
        var kpi = await staff.DefineKpiAsync(agreement, cluster);
        host.MoveClockTo(story.Day(41), hour: 14);
        var meeting = await staff.LogMeetingAsync(agreement, aalborg, cluster);
        var commitment = await staff.CommitAsync(agreement, aalborg, "250000");
        var invoice = await staff.InvoiceAsync(agreement, commitment, "125000", story.Day(41), story.Day(69));
        host.MoveClockTo(story.Day(64), hour: 9);
        await staff.PayAsync(agreement, commitment, invoice, "125000", story.Day(64));
        host.MoveClockTo(story.FirstQuarter.End.AddDays(8), hour: 9);
        await staff.MeasureAsync("recordMeasurement", agreement, kpi, cluster, "14", reason: null);
        // Events are stamped by the host's clock, so "before the correction" is a moment of that clock.
        var beforeCorrection = host.Clock.GetUtcNow();
        host.MoveClockTo(story.FirstQuarter.End.AddDays(20), hour: 9);
        var corrected = await staff.MeasureAsync("correctMeasurement", agreement, kpi, cluster, "17", "Tre virksomheder manglede i sekretariatets optælling");

        Assert.Equal("MeasurementCorrected", corrected.String("correctMeasurement.events.0.event"));
        Assert.Equal("Tre virksomheder manglede i sekretariatets optælling", corrected.String("correctMeasurement.events.0.reason"));

        // The municipality: its agreements, their KPI fulfilment, and what it has committed and paid.
        var municipality = (await host.GraphQLAsync("""
            query($id: ID!) {
              organisation(id: $id) {
                name
                portfolio {
                  committedTotal paidTotal outstandingTotal
                  agreements(first: 10) { nodes { title status kpis { name status latest { value isCorrection } progress } meetings { id decisions } } }
                  kpis(first: 10) { nodes { name latestValue agreement { title } } }
                }
              }
            }
            """, new { id = aalborg })).ShouldSucceed();
        Assert.Equal("Aalborg Kommune", municipality.String("organisation.name"));
        Assert.Equal("250000", Money(municipality.At("organisation.portfolio.committedTotal")));
        Assert.Equal("125000", Money(municipality.At("organisation.portfolio.paidTotal")));
        Assert.Equal("IN_FORCE", municipality.String("organisation.portfolio.agreements.nodes.0.status"));
        Assert.Equal("17", Money(municipality.At("organisation.portfolio.agreements.nodes.0.kpis.0.latest.value")));
        Assert.True(municipality.At("organisation.portfolio.agreements.nodes.0.kpis.0.latest.isCorrection").GetBoolean());
        Assert.Equal("17", Money(municipality.At("organisation.portfolio.kpis.nodes.0.latestValue")));
        Assert.Equal(meeting, municipality.String("organisation.portfolio.agreements.nodes.0.meetings.0.id"));
        Assert.Equal("Næste skridt: virksomhedsnetværk i Q2", municipality.String("organisation.portfolio.agreements.nodes.0.meetings.0.decisions.0"));

        // The auditor: the whole timeline with who and why, and the agreement as it stood before the correction.
        await host.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(Patience);
        var timeline = (await host.GraphQLAsync("""
            query($id: ID!) { timeline(streamId: $id, first: 50) { totalCount nodes { event actor reason summary changes { field before after } } } }
            """, new { id = agreement })).ShouldSucceed();
        var entries = timeline.At("timeline.nodes").EnumerateArray().ToList();
        Assert.Equal(timeline.At("timeline.totalCount").GetInt32(), entries.Count);
        Assert.Equal("AgreementDrafted", entries[0].GetProperty("event").GetString());
        Assert.All(entries, e => Assert.Equal(TestUsers.Coordinator.DisplayName, e.GetProperty("actor").GetString()));
        var correction = entries.Single(e => e.GetProperty("event").GetString() == "MeasurementCorrected");
        Assert.Equal("Tre virksomheder manglede i sekretariatets optælling", correction.GetProperty("reason").GetString());
        Assert.NotEmpty(correction.GetProperty("changes").EnumerateArray());

        var past = (await host.GraphQLAsync("""
            query($id: ID!, $at: DateTime!) { agreementAsOf(id: $id, at: $at) { version kpis { latest { value isCorrection } } } }
            """, new { id = agreement, at = beforeCorrection.ToString("O") })).ShouldSucceed();
        Assert.Equal("14", Money(past.At("agreementAsOf.kpis.0.latest.value")));
        Assert.False(past.At("agreementAsOf.kpis.0.latest.isCorrection").GetBoolean());

        // From the day before the agreement was drafted (on its signing day) to today: its whole history.
        var changes = (await host.GraphQLAsync("""
            query($id: ID!, $from: Date!, $to: Date!) { agreementChanges(id: $id, from: $from, to: $to) { changes { field before after } events { event } } }
            """, new { id = agreement, from = story.SignedOn.AddDays(-1), to = host.Today })).ShouldSucceed();
        Assert.Equal("AgreementDrafted", changes.String("agreementChanges.events.0.event"));
        Assert.Contains(changes.At("agreementChanges.changes").EnumerateArray(), c => c.GetProperty("after").GetString()?.Contains("17") == true);

        var integrity = (await host.GraphQLAsync("{ verifyHistory { intact eventsVerified } }")).ShouldSucceed();
        Assert.True(integrity.At("verifyHistory.intact").GetBoolean());
    }

    /// <summary>Decimals come back as strings or numbers; compare them as the number they write.</summary>
    private static string Money(System.Text.Json.JsonElement value) =>
        decimal.Parse(value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString()! : value.GetRawText(), System.Globalization.CultureInfo.InvariantCulture)
            .ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
