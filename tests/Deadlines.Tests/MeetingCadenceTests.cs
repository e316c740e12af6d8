using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.TestSupport;
using Wolverine.Tracking;
using static AgreementTracker.Deadlines.DeadlineCalendar;
using static AgreementTracker.Deadlines.Tests.DeadlineWorld;

namespace AgreementTracker.Deadlines.Tests;

public sealed class MeetingCadenceTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    /// <summary>Meetings are counted per calendar year: the agreement runs from the start of next year, so all of it lies ahead.</summary>
    private static readonly int Year = TestClock.Today.Year + 1;

    private const string SetCadence = """
        mutation($agreement: ID!, $from: Date!) { setMeetingCadence(input: { agreementId: $agreement, meetingsPerYear: 2, effectiveFrom: $from }) { repeated } }
        """;

    private static async Task<(string Agreement, ITrackedSession CadenceSet)> TwoMeetingsAYearAsync(DeadlineWorld world)
    {
        var (agreement, _) = await world.SignedAgreementAsync("Energi i Nordjylland", new DateOnly(Year, 1, 1), new DateOnly(Year + 1, 12, 31));
        var cadenceSet = await world.TrackAsync(() => world.ChangeAsync(SetCadence, new { agreement, from = new DateOnly(Year, 1, 1) }));
        return (agreement, cadenceSet);
    }

    private static MeetingsBehind.Due CheckOf(ITrackedSession cadenceSet, DateOnly checkpoint) =>
        Assert.Single(cadenceSet.Scheduled.MessagesOf<MeetingsBehind.Due>(), d => d.Checkpoint == checkpoint);

    [Fact]
    public async Task A_half_year_without_the_agreed_meeting_is_reported_the_day_after_it_ends()
    {
        await using var world = await StartAsync(fixture);
        var (agreement, cadenceSet) = await TwoMeetingsAYearAsync(world);

        var halfYear = CheckOf(cadenceSet, new DateOnly(Year, 6, 30));
        Assert.Equal(new DateOnly(Year, 7, 1), halfYear.Deadline);
        await world.FireOnItsDayAsync(halfYear);

        var notification = Assert.Single(await world.NotificationsOfAsync(agreement));
        Assert.Equal("MEETINGS_BEHIND", notification.Kind);
        Assert.Equal($"Aftalen 'Energi i Nordjylland' er bagud med møderne: 0 af 1 aftalte møder i {Year} var afholdt 30-06-{Year}.", notification.Message);
    }

    [Fact]
    public async Task Meetings_held_as_agreed_are_not_reported_and_a_missed_autumn_meeting_is()
    {
        await using var world = await StartAsync(fixture);
        var (agreement, cadenceSet) = await TwoMeetingsAYearAsync(world);
        var heldOn = new DateOnly(Year, 5, 12);
        world.MoveTo(heldOn);
        await world.ChangeAsync("""
            mutation($agreement: ID!, $heldOn: Date!, $brn: ID!, $aalborg: ID!) {
              logMeeting(input: {
                agreementId: $agreement, title: "Koordinationsmøde", heldOn: $heldOn,
                attendees: [{ name: "Anna Sørensen", organisationId: $brn }, { name: "Lars Holm", organisationId: $aalborg }],
                minutes: "Status på aktiviteterne.", decisions: ["Næste møde i efteråret"]
              }) { repeated }
            }
            """, new { agreement, heldOn, brn = world.Brn, aalborg = world.Aalborg });

        await world.FireOnItsDayAsync(CheckOf(cadenceSet, new DateOnly(Year, 6, 30)));
        Assert.Empty(await world.NotificationsOfAsync(agreement));

        await world.FireOnItsDayAsync(CheckOf(cadenceSet, new DateOnly(Year, 12, 31)));
        Assert.Equal(
            $"Aftalen 'Energi i Nordjylland' er bagud med møderne: 1 af 2 aftalte møder i {Year} var afholdt 31-12-{Year}.",
            Assert.Single(await world.NotificationsOfAsync(agreement)).Message);
    }

    [Fact]
    public async Task A_half_year_checked_weeks_late_because_the_servers_were_down_is_old_news()
    {
        await using var world = await StartAsync(fixture);
        var (agreement, cadenceSet) = await TwoMeetingsAYearAsync(world);

        world.MoveTo(new DateOnly(Year, 7, 1).AddDays(DeadlineSchedule.StaleAfterDays + 1));
        await world.FireOnItsDayAsync(CheckOf(cadenceSet, new DateOnly(Year, 6, 30)));

        Assert.Empty(await world.NotificationsOfAsync(agreement));
    }

    [Fact]
    public async Task Half_years_long_past_when_the_cadence_is_recorded_are_not_scheduled()
    {
        await using var world = await StartAsync(fixture);
        var thisYear = world.Today.Year;
        var (agreement, _) = await world.SignedAgreementAsync("Energi i Nordjylland", new DateOnly(thisYear, 1, 1), new DateOnly(thisYear + 1, 12, 31));
        world.MoveTo(new DateOnly(thisYear + 1, 7, 10));

        var cadenceSet = await world.TrackAsync(() => world.ChangeAsync(SetCadence, new { agreement, from = new DateOnly(thisYear, 1, 1) }));

        Assert.Equal(
            [StartOf(new DateOnly(thisYear + 1, 7, 1)), StartOf(new DateOnly(thisYear + 2, 1, 1))],
            ScheduledMessages.Of(cadenceSet).Select(s => s.At));
    }
}
