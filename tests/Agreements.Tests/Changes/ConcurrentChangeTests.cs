using AgreementTracker.Agreements.Changes;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.TestSupport;
using static AgreementTracker.Agreements.Tests.Changes.ChangeServer;

namespace AgreementTracker.Agreements.Tests.Changes;

/// <summary>
/// Writers who name no expected version are decided again after losing a race, until each has its change or the domain
/// refuses it; an attempt that lost leaves nothing behind.
/// </summary>
public sealed class ConcurrentChangeTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Ten_writers_at_once_on_one_agreement_all_get_their_change_each_at_its_own_version()
    {
        await using var server = await StartAsync(database);
        var id = await server.DraftedAsync();
        var meetings = Enumerable.Range(1, 10).Select(i => Meeting(id, i)).ToList();

        var changes = await Task.WhenAll(meetings.Select(m => server.ChangeAsync(Staff, m)));

        Assert.Equal(Enumerable.Range(2, 10).Select(v => (long)v), changes.Select(c => c.Version).Order());
        Assert.All(changes, c => Assert.Equal(c.Version - 1, c.PreviousVersion));
        var events = await server.EventsOfAsync(id.Value);
        Assert.Equal(11, events.Count);
        Assert.All(meetings.Zip(changes), pair =>
        {
            var (meeting, change) = pair;
            var scheduled = Assert.IsType<MeetingScheduled>(events.Single(e => e.Version == change.Version).Data);
            Assert.Equal(meeting.MeetingId, scheduled.MeetingId);
            Assert.NotNull(change.State.Meeting(meeting.MeetingId));
        });
        Assert.Equal(10, changes.MaxBy(c => c.Version)!.State.Meetings.Count);
    }

    [Fact]
    public async Task A_writer_refused_when_decided_again_after_losing_a_race_leaves_nothing_of_the_attempt_that_lost()
    {
        await using var server = await StartAsync(database);
        var id = new AgreementId(Guid.NewGuid());
        await server.ChangeAsync(Staff, Draft(id), new AddParty(id, Aalborg, PartyRole.Partner), new AddParty(id, EnergyCluster, PartyRole.Partner),
            new SignAgreement(id, Aalborg, TestClock.Today), new SignAgreement(id, EnergyCluster, TestClock.Today));
        var before = await server.WrittenAsync();

        var extended = await Task.WhenAll(Enumerable.Range(1, 10).Select(async months =>
        {
            try
            {
                await server.ChangeAsync(Staff, new ExtendAgreement(id, Draft(id).Period.End.AddMonths(months)));
                return true;
            }
            catch (CommandRefusedException refused) when (refused.Error.Code == "extension_not_later")
            {
                return false;
            }
        }));

        var after = await server.WrittenAsync();
        var written = extended.Count(e => e);
        Assert.Equal(written, after.Events - before.Events);
        // Each extension written schedules the reminder before its new end and its expiry; a lost attempt had scheduled them too.
        Assert.Equal(2 * written, after.ScheduledMessages - before.ScheduledMessages);
    }
}
