using AgreementTracker.Agreements.Changes;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Formatting;
using AgreementTracker.ReadModels.Audit;
using AgreementTracker.ReadModels.Organisations;
using AgreementTracker.ReadModels.Tests.Support;

namespace AgreementTracker.ReadModels.Tests;

[Collection(DemoDatabaseCollection.Name)]
public sealed class AuditTimelineTests(DemoDatabase demo)
{
    [Fact]
    public async Task Each_event_of_an_agreement_is_an_entry_in_order_with_who_why_its_hash_and_danish_summary()
    {
        var agreement = DemoStates.Agreements[0];
        var events = await demo.StreamAsync(agreement.Id.Value);

        var timeline = await new TimelineReader(demo.DataSource).PageAsync(agreement.Id.Value, total => (0, total));

        Assert.Equal(events.Count, timeline.TotalCount);
        Assert.Equal(events.Select(e => e.Version), timeline.Items.Select(e => e.Version));
        Assert.Equal(events.Select(e => e.Sequence), timeline.Items.Select(e => e.Position));
        Assert.Equal(events.Select(e => e.UserName), timeline.Items.Select(e => e.Actor));
        Assert.Equal(events.Select(e => e.GetHeader(AuditedEvent.ReasonHeader)?.ToString()), timeline.Items.Select(e => e.Reason));
        Assert.Equal(events.Select(e => e.Timestamp), timeline.Items.Select(e => e.OccurredAt));
        Assert.Equal(await HashesAsync(agreement.Id.Value), timeline.Items.Select(e => e.Hash));

        var names = await NamesAsync();
        AgreementState? before = null;
        foreach (var (e, entry) in events.Zip(timeline.Items))
        {
            Assert.Equal(AgreementHistoryText.Describe(before, e.Data, names), entry.Summary);
            Assert.Equal(e.Data.GetType().Name, entry.Event);
            before = Agreement.Evolve(before, e.Data);
        }
    }

    [Fact]
    public async Task A_correction_shows_the_original_and_the_corrected_figure_of_its_period()
    {
        var corrected = DemoStates.Agreements.First(a => a.Kpis.Any(k => k.History.Any(m => m.IsCorrection)));
        var timeline = await new TimelineReader(demo.DataSource).PageAsync(corrected.Id.Value, total => (0, total));

        var entry = timeline.Items.First(e => e.Event == nameof(MeasurementCorrected));

        var change = Assert.Single(entry.Changes);
        Assert.Matches(@"^kpis\[.+\]\.series\[\d{4}.*\]$", change.Field);
        Assert.NotNull(change.Before);
        Assert.NotNull(change.After);
        Assert.NotEqual(change.Before, change.After);
    }

    [Fact]
    public async Task A_signature_changes_that_partys_signing_date()
    {
        var agreement = DemoStates.Agreements[0];
        var timeline = await new TimelineReader(demo.DataSource).PageAsync(agreement.Id.Value, total => (0, total));

        var signed = timeline.Items.First(e => e.Event == nameof(AgreementSigned));

        var change = Assert.Single(signed.Changes);
        Assert.EndsWith(".signedOn", change.Field);
        Assert.StartsWith("parties[", change.Field);
        Assert.Null(change.Before);
        Assert.Matches(@"^\d{2}-\d{2}-\d{4}$", change.After);
    }

    [Fact]
    public async Task The_first_page_of_a_timeline_is_its_oldest_events()
    {
        var id = DemoStates.Agreements[1].Id.Value;
        var reader = new TimelineReader(demo.DataSource);

        var first = await reader.PageAsync(id, _ => (0, 3));
        var second = await reader.PageAsync(id, _ => (3, 3));

        Assert.Equal([1L, 2, 3], first.Items.Select(e => e.Version));
        Assert.Equal([4L, 5, 6], second.Items.Select(e => e.Version));
    }

    [Fact]
    public async Task Organisation_events_are_in_the_timeline_with_the_fields_they_changed()
    {
        var renamed = (await new OrganisationReader(demo.DataSource).SearchAsync(null, null, total => (0, total))).Items.First(o => o.FormerNames.Count > 0);

        var timeline = await new TimelineReader(demo.DataSource).PageAsync(renamed.Id, total => (0, total));

        var rename = timeline.Items.First(e => e.Event == "OrganisationRenamed");
        Assert.Contains(rename.Changes, c => c.Field == "name" && c.Before == renamed.FormerNames[0]);
        Assert.Contains(rename.Changes, c => c.Field == "formerNames");
    }

    private Task<IReadOnlyList<string>> HashesAsync(Guid streamId) =>
        TableRows.ColumnAsync(demo.DataSource, "SELECT encode(hash, 'hex') FROM integrity.event_hashes WHERE stream_id = $1 ORDER BY version", streamId);

    private async Task<Func<Domain.Common.OrganisationId, string?>> NamesAsync()
    {
        var all = await new OrganisationReader(demo.DataSource).SearchAsync(null, null, total => (0, total));
        var names = all.Items.ToDictionary(o => o.Id, o => o.Name);
        return id => names.GetValueOrDefault(id.Value);
    }
}
