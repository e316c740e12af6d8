using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.TestSupport;
using static AgreementTracker.Deadlines.Tests.DeadlineWorld;

namespace AgreementTracker.Deadlines.Tests;

public sealed class MeetingCadenceTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    private static async Task<AgreementId> TwoMeetingsAYearAsync(DeadlineWorld world)
    {
        world.Today(2026, 1, 5);
        var id = await world.SignedAgreementAsync("Energi i Nordjylland", new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31));
        await world.RunAsync(new SetMeetingCadence(id, 2, new DateOnly(2026, 1, 1)));
        return id;
    }

    private static HoldMeeting Meeting(AgreementId id, DateOnly heldOn) => new(
        id, new MeetingId(Guid.NewGuid()), MeetingKind.Coordination, "Koordinationsmøde", heldOn,
        [new Attendee("Anna Sørensen", Brn), new Attendee("Lars Holm", Aalborg)], "Status på aktiviteterne.", ["Næste møde i efteråret"], []);

    [Fact]
    public async Task A_half_year_without_the_agreed_meeting_is_reported_the_day_after_it_ends()
    {
        await using var world = await CreateAsync(fixture, new DateOnly(2026, 1, 5));
        var id = await TwoMeetingsAYearAsync(world);

        var notification = await world.NotifiedOnlyOnAsync(id, quietOn: new DateOnly(2026, 6, 30), notifiedOn: new DateOnly(2026, 7, 1));
        Assert.Equal(NotificationKinds.MeetingsBehind, notification.Kind);
        Assert.Equal("Aftalen 'Energi i Nordjylland' er bagud med møderne: 0 af 1 aftalte møder i 2026 var afholdt 30-06-2026.", notification.Message);
    }

    [Fact]
    public async Task Meetings_held_as_agreed_are_not_reported_and_a_missed_autumn_meeting_is()
    {
        await using var world = await CreateAsync(fixture, new DateOnly(2026, 1, 5));
        var id = await TwoMeetingsAYearAsync(world);
        world.Today(2026, 5, 12);
        await world.RunAsync(Meeting(id, new DateOnly(2026, 5, 12)));

        world.Today(2026, 7, 1);
        await world.RunDueDeadlinesAsync();
        Assert.Empty(await world.NotificationsOfAsync(id));

        world.Today(2027, 1, 1);
        await world.RunDueDeadlinesAsync();
        var notification = Assert.Single(await world.NotificationsOfAsync(id));
        Assert.Equal("Aftalen 'Energi i Nordjylland' er bagud med møderne: 1 af 2 aftalte møder i 2026 var afholdt 31-12-2026.", notification.Message);
    }

    [Fact]
    public async Task A_half_year_checked_weeks_late_because_the_servers_were_down_is_old_news()
    {
        await using var world = await CreateAsync(fixture, new DateOnly(2026, 1, 5));
        var id = await TwoMeetingsAYearAsync(world);

        world.Today(2026, 7, 1 + DeadlineSchedule.StaleAfterDays + 1);
        await world.RunDueDeadlinesAsync();

        Assert.Empty(await world.NotificationsOfAsync(id));
    }

    [Fact]
    public async Task Half_years_long_past_when_the_cadence_is_recorded_are_not_queued()
    {
        await using var world = await CreateAsync(fixture, new DateOnly(2025, 1, 2));
        var id = await world.SignedAgreementAsync("Energi i Nordjylland", new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31));
        world.Today(2026, 7, 10);

        await world.RunAsync(new SetMeetingCadence(id, 2, new DateOnly(2025, 1, 1)));

        Assert.Equal(
            [new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)],
            await world.DueTimesAsync("deadline.meetings_behind"));
    }
}
