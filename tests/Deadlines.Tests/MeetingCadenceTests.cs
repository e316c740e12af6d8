using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.TestSupport;
using static AgreementTracker.Deadlines.Tests.DeadlineWorld;

namespace AgreementTracker.Deadlines.Tests;

public sealed class MeetingCadenceTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    /// <summary>Meetings are counted per calendar year: the agreement runs from the start of next year, so all of it lies ahead.</summary>
    private static readonly int Year = TestClock.Today.Year + 1;

    private static async Task<AgreementId> TwoMeetingsAYearAsync(DeadlineWorld world)
    {
        var id = await world.SignedAgreementAsync("Energi i Nordjylland", new DateOnly(Year, 1, 1), new DateOnly(Year + 1, 12, 31));
        await world.RunAsync(new SetMeetingCadence(id, 2, new DateOnly(Year, 1, 1)));
        return id;
    }

    private static HoldMeeting Meeting(AgreementId id, DateOnly heldOn) => new(
        id, new MeetingId(Guid.NewGuid()), MeetingKind.Coordination, "Koordinationsmøde", heldOn,
        [new Attendee("Anna Sørensen", Brn), new Attendee("Lars Holm", Aalborg)], "Status på aktiviteterne.", ["Næste møde i efteråret"], []);

    [Fact]
    public async Task A_half_year_without_the_agreed_meeting_is_reported_the_day_after_it_ends()
    {
        await using var world = await CreateAsync(fixture);
        var id = await TwoMeetingsAYearAsync(world);

        var notification = await world.NotifiedOnlyOnAsync(id, quietOn: new DateOnly(Year, 6, 30), notifiedOn: new DateOnly(Year, 7, 1));
        Assert.Equal(NotificationKinds.MeetingsBehind, notification.Kind);
        Assert.Equal($"Aftalen 'Energi i Nordjylland' er bagud med møderne: 0 af 1 aftalte møder i {Year} var afholdt 30-06-{Year}.", notification.Message);
    }

    [Fact]
    public async Task Meetings_held_as_agreed_are_not_reported_and_a_missed_autumn_meeting_is()
    {
        await using var world = await CreateAsync(fixture);
        var id = await TwoMeetingsAYearAsync(world);
        var heldOn = new DateOnly(Year, 5, 12);
        world.AdvanceTo(heldOn);
        await world.RunAsync(Meeting(id, heldOn));

        world.AdvanceTo(new DateOnly(Year, 7, 1));
        await world.RunDueDeadlinesAsync();
        Assert.Empty(await world.NotificationsOfAsync(id));

        world.AdvanceTo(new DateOnly(Year + 1, 1, 1));
        await world.RunDueDeadlinesAsync();
        var notification = Assert.Single(await world.NotificationsOfAsync(id));
        Assert.Equal($"Aftalen 'Energi i Nordjylland' er bagud med møderne: 1 af 2 aftalte møder i {Year} var afholdt 31-12-{Year}.", notification.Message);
    }

    [Fact]
    public async Task A_half_year_checked_weeks_late_because_the_servers_were_down_is_old_news()
    {
        await using var world = await CreateAsync(fixture);
        var id = await TwoMeetingsAYearAsync(world);

        world.AdvanceTo(new DateOnly(Year, 7, 1 + DeadlineSchedule.StaleAfterDays + 1));
        await world.RunDueDeadlinesAsync();

        Assert.Empty(await world.NotificationsOfAsync(id));
    }

    [Fact]
    public async Task Half_years_long_past_when_the_cadence_is_recorded_are_not_queued()
    {
        await using var world = await CreateAsync(fixture);
        var thisYear = world.Today.Year;
        var id = await world.SignedAgreementAsync("Energi i Nordjylland", new DateOnly(thisYear, 1, 1), new DateOnly(thisYear + 1, 12, 31));
        world.AdvanceTo(new DateOnly(thisYear + 1, 7, 10));

        await world.RunAsync(new SetMeetingCadence(id, 2, new DateOnly(thisYear, 1, 1)));

        Assert.Equal(
            [new DateTimeOffset(thisYear + 1, 7, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(thisYear + 2, 1, 1, 0, 0, 0, TimeSpan.Zero)],
            await world.DueTimesAsync("deadline.meetings_behind"));
    }
}
