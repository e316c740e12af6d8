using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Domain.Common;
using AgreementTracker.TestSupport;
using static AgreementTracker.Deadlines.DeadlineCalendar;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>
/// A deadline is scheduled in the transaction of the change that causes it: it is in Wolverine's inbox exactly when the
/// change committed, due at midnight UTC of its day, and a refused change schedules nothing.
/// </summary>
public sealed class ScheduledWithItsCauseTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly DateOnly Start = TestClock.Today;
    private static readonly DateOnly End = Start.AddYears(1).AddDays(-1);
    private static readonly DateOnly NewEnd = End.AddMonths(6);

    private const string Extend = """
        mutation($agreement: ID!, $newEnd: Date!) { extendAgreement(input: { agreementId: $agreement, newEnd: $newEnd }) { repeated } }
        """;

    [Fact]
    public async Task Drafting_an_agreement_schedules_the_reminder_of_its_end_and_its_expiry_with_its_events()
    {
        await using var world = await DeadlineWorld.StartAsync(fixture);

        var (id, drafted) = await world.TrackCreationAsync(() => world.DraftAsync("Energi i Nordjylland", Start, End));

        var agreement = new AgreementId(Guid.Parse(id));
        Assert.Equal(
            [
                (new AgreementEnding.Due(agreement, End, End.AddDays(-90)), StartOf(End.AddDays(-90))),
                (new AgreementExpiry.Due(agreement, End, End.AddDays(1)), StartOf(End.AddDays(1))),
            ],
            ScheduledMessages.Of(drafted));
        Assert.Equal(
            [(AgreementEnding.MessageKind, StartOf(End.AddDays(-90))), (AgreementExpiry.MessageKind, StartOf(End.AddDays(1)))],
            await world.WaitingDeadlinesAsync());
    }

    [Fact]
    public async Task A_refused_extension_schedules_nothing_and_the_same_extension_accepted_schedules_the_new_ends_deadlines()
    {
        await using var world = await DeadlineWorld.StartAsync(fixture);
        var id = await world.DraftAsync("Energi i Nordjylland", Start, End);

        GraphQLResponse? refused = null;
        var refusal = await world.TrackAsync(async () => refused = await world.Host.GraphQLAsync(Extend, new { agreement = id, newEnd = NewEnd }));

        Assert.Equal("agreement_not_signed", refused!.Refusal().Code);
        Assert.Empty(refusal.Scheduled.Envelopes());
        Assert.Equal(2, (await world.WaitingDeadlinesAsync()).Count);

        foreach (var party in new[] { world.Brn, world.Aalborg, world.EnergyCluster })
            await world.SignAsync(id, party);
        var extension = await world.TrackAsync(() => world.ChangeAsync(Extend, new { agreement = id, newEnd = NewEnd }));

        var agreement = new AgreementId(Guid.Parse(id));
        Assert.Equal(
            [
                (new AgreementEnding.Due(agreement, NewEnd, NewEnd.AddDays(-90)), StartOf(NewEnd.AddDays(-90))),
                (new AgreementExpiry.Due(agreement, NewEnd, NewEnd.AddDays(1)), StartOf(NewEnd.AddDays(1))),
            ],
            ScheduledMessages.Of(extension));
        Assert.Equal(4, (await world.WaitingDeadlinesAsync()).Count);
    }
}
