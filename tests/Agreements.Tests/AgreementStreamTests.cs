using System.Text.Json;
using AgreementTracker.Agreements.DemoData;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.TestSupport;
using JasperFx;

namespace AgreementTracker.Agreements.Tests;

/// <summary>
/// Agreements as Marten event streams: imported history keeps its time and authors, the inline agreement is the
/// domain's own fold, time travel replays it, and a command is appended only at the version it was decided against.
/// </summary>
public sealed class AgreementStreamTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly List<DemoStream> Demo = DemoDataGenerator.Generate(agreementCount: 2).ToList();
    private static readonly DemoStream FirstAgreement = Demo.First(s => s.Kind == StreamKind.Agreement);

    [Fact]
    public async Task Imported_history_keeps_every_event_with_its_time_author_and_reason_and_the_chain_intact()
    {
        await using var db = await AgreementsDatabase.StartAsync(database);
        await DemoHistoryImport.ImportAsync(db.Store, Demo);

        var stored = await db.Store.QuerySession().Events.FetchStreamAsync(FirstAgreement.Id);

        Assert.Equal(FirstAgreement.Events.Count, stored.Count);
        Assert.All(FirstAgreement.Events.Zip(stored), pair =>
        {
            var (demo, e) = pair;
            Assert.Equal((demo.Data.GetType(), demo.Timestamp, demo.Actor.Identity), (e.Data.GetType(), e.Timestamp, e.UserName));
            Assert.Equal(demo.Reason, e.GetHeader("reason")?.ToString());
        });
        var report = await db.VerifyAsync();
        Assert.True(report.IsIntact, report.FirstBrokenLink?.ToString());
        Assert.Equal(Demo.Sum(s => s.Events.Count), report.EventsVerified);
    }

    [Fact]
    public async Task Loading_again_adds_nothing_and_the_events_of_one_command_share_its_correlation_id()
    {
        await using var db = await AgreementsDatabase.StartAsync(database);
        var events = Demo.Sum(s => (long)s.Events.Count);

        var first = await DemoHistoryImport.ImportAsync(db.Store, Demo, eventsPerTransaction: 50);
        var again = await DemoHistoryImport.ImportAsync(db.Store, Demo);

        Assert.Equal(new DemoHistoryImport.Progress(Demo.Count, events, 0), first);
        Assert.Equal(new DemoHistoryImport.Progress(Demo.Count, 0, Demo.Count), again);
        var stored = await db.Store.QuerySession().Events.FetchStreamAsync(FirstAgreement.Id);
        var drafting = FirstAgreement.Events.TakeWhile(e => e.Actor == FirstAgreement.Events[0].Actor && e.Timestamp == FirstAgreement.Events[0].Timestamp).Count();
        Assert.All(stored.Take(drafting), e => Assert.Equal($"demo-{FirstAgreement.Id:N}-0", e.CorrelationId));
        Assert.Equal($"demo-{FirstAgreement.Id:N}-{drafting}", stored[drafting].CorrelationId);
    }

    [Fact]
    public async Task The_inline_agreement_is_the_domains_own_fold_of_its_events()
    {
        await using var db = await AgreementsDatabase.StartAsync(database);
        await DemoHistoryImport.ImportAsync(db.Store, Demo);

        var inline = await db.Store.QuerySession().LoadAsync<AgreementState>(AgreementId.From(FirstAgreement.Id));

        Assert.Equal(Json(Agreement.Fold(null, FirstAgreement.Events.Select(e => e.Data))), Json(inline));
    }

    [Fact]
    public async Task As_of_a_moment_or_a_version_the_agreement_is_replayed_as_it_stood()
    {
        await using var db = await AgreementsDatabase.StartAsync(database);
        await DemoHistoryImport.ImportAsync(db.Store, Demo);
        var events = FirstAgreement.Events;
        var moment = events[events.Count / 2].Timestamp;
        await using var session = db.Store.QuerySession();

        var atMoment = await session.Events.AggregateStreamAsync<AgreementState>(FirstAgreement.Id, timestamp: moment);
        var atVersion = await session.Events.AggregateStreamAsync<AgreementState>(FirstAgreement.Id, version: 5);

        Assert.Equal(Json(Agreement.Fold(null, events.Where(e => e.Timestamp <= moment).Select(e => e.Data))), Json(atMoment));
        Assert.Equal(Json(Agreement.Fold(null, events.Take(5).Select(e => e.Data))), Json(atVersion));
    }

    [Fact]
    public async Task A_command_is_appended_at_the_version_it_was_decided_against_and_a_stale_one_writes_nothing()
    {
        await using var db = await AgreementsDatabase.StartAsync(database);
        await DemoHistoryImport.ImportAsync(db.Store, Demo);
        var id = AgreementId.From(FirstAgreement.Id);

        await using var first = db.Store.LightweightSession();
        await using var second = db.Store.LightweightSession();
        var mine = await first.Events.FetchForWriting<AgreementState>(FirstAgreement.Id);
        var theirs = await second.Events.FetchForWriting<AgreementState>(FirstAgreement.Id);
        var cadence = new SetMeetingCadence(id, 4, mine.Aggregate!.Cadence[^1].EffectiveFrom.AddDays(1));
        var decided = Agreement.Decide(mine.Aggregate, cadence, new CommandContext(db.Clock.GetUtcNow(), _ => null));
        mine.AppendMany(decided.Value);
        await first.SaveChangesAsync();
        theirs.AppendMany(Agreement.Decide(theirs.Aggregate, cadence with { MeetingsPerYear = 6 }, new CommandContext(db.Clock.GetUtcNow(), _ => null)).Value);

        await Assert.ThrowsAnyAsync<ConcurrencyException>(() => second.SaveChangesAsync());
        await Assert.ThrowsAnyAsync<ConcurrencyException>(async () =>
        {
            await using var stale = db.Store.LightweightSession();
            await stale.Events.FetchForWriting<AgreementState>(FirstAgreement.Id, expectedVersion: FirstAgreement.Events.Count);
            await stale.SaveChangesAsync();
        });
        await using var query = db.Store.QuerySession();
        var state = await query.Events.FetchStreamStateAsync(FirstAgreement.Id);
        Assert.Equal(FirstAgreement.Events.Count + decided.Value.Count, state!.Version);
        Assert.Equal(4, (await query.LoadAsync<AgreementState>(id))!.Cadence[^1].MeetingsPerYear);
    }

    private static string Json(AgreementState? state) => JsonSerializer.Serialize(state);
}
