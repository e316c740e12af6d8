using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.TestSupport;
using JasperFx.Events;
using static AgreementTracker.Deadlines.DeadlineCalendar;
using static AgreementTracker.Deadlines.Tests.DeadlineWorld;

namespace AgreementTracker.Deadlines.Tests;

public sealed class AgreementEndTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    /// <summary>A year's agreement, signed the day it starts: the day every server's clock starts on.</summary>
    private static readonly DateOnly Start = TestClock.Today;
    private static readonly DateOnly End = Start.AddYears(1).AddDays(-1);

    private const string Extend = """
        mutation($agreement: ID!, $newEnd: Date!) { extendAgreement(input: { agreementId: $agreement, newEnd: $newEnd }) { repeated } }
        """;

    [Fact]
    public async Task The_parties_are_reminded_ninety_days_before_the_end()
    {
        await using var world = await StartAsync(fixture);
        var (id, signed) = await world.SignedAgreementAsync("Energi i Nordjylland", Start, End);

        await world.PlayOnAsync(signed, End.AddDays(-90));

        var notification = Assert.Single(await world.NotificationsOfAsync(id));
        Assert.Equal("AGREEMENT_ENDING", notification.Kind);
        Assert.Equal($"Aftalen 'Energi i Nordjylland' udløber {DanishDate(End)}, om 90 dage. Skal den forlænges?", notification.Message);
        Assert.Equal([world.Brn, world.Aalborg, world.EnergyCluster], notification.Organisations);
        Assert.Equal(StartOf(End.AddDays(-90)), notification.DueAt);
    }

    [Fact]
    public async Task An_extension_moves_the_reminder_and_the_expiry_to_the_new_end()
    {
        await using var world = await StartAsync(fixture);
        var (id, signed) = await world.SignedAgreementAsync("Energi i Nordjylland", Start, End);
        var newEnd = End.AddMonths(6);
        world.MoveTo(End.AddDays(-121));
        var extended = await world.TrackAsync(() => world.ChangeAsync(Extend, new { agreement = id, newEnd }));

        await world.PlayOnAsync(signed, End.AddDays(2));
        Assert.Empty(await world.NotificationsOfAsync(id));
        Assert.DoesNotContain(await world.EventsOfAsync(id), e => e.Data is AgreementExpired);

        await world.PlayOnAsync(extended, newEnd.AddDays(-90));
        Assert.Equal(
            $"Aftalen 'Energi i Nordjylland' udløber {DanishDate(newEnd)}, om 90 dage. Skal den forlænges?",
            Assert.Single(await world.NotificationsOfAsync(id)).Message);

        await world.PlayOnAsync(extended, newEnd.AddDays(1));
        Assert.Equal(new AgreementExpired(newEnd), Assert.Single(await world.EventsOfAsync(id), e => e.Data is AgreementExpired).Data);
        Assert.Equal(["AGREEMENT_EXPIRED", "AGREEMENT_ENDING"], (await world.NotificationsOfAsync(id)).Select(n => n.Kind));
    }

    [Fact]
    public async Task The_day_after_the_end_the_agreement_is_expired_by_the_deadlines_with_the_reason()
    {
        await using var world = await StartAsync(fixture);
        var (id, signed) = await world.SignedAgreementAsync("Energi i Nordjylland", Start, End);

        await world.PlayOnAsync(signed, End.AddDays(1));

        var expired = Assert.Single(await world.EventsOfAsync(id), e => e.Data is AgreementExpired);
        Assert.Equal(new AgreementExpired(End), expired.Data);
        Assert.Equal(AgreementExpiry.Actor, expired.UserName);
        Assert.Equal($"Aftaleperioden sluttede {DanishDate(End)}.", expired.GetHeader("reason")?.ToString());
        var notification = Assert.Single(await world.NotificationsOfAsync(id));
        Assert.Equal("AGREEMENT_EXPIRED", notification.Kind);
        Assert.Equal($"Aftalen 'Energi i Nordjylland' udløb {DanishDate(End)} og er nu registreret som udløbet.", notification.Message);
    }

    [Fact]
    public async Task A_terminated_agreement_is_neither_reminded_nor_expired()
    {
        await using var world = await StartAsync(fixture);
        var (id, signed) = await world.SignedAgreementAsync("Energi i Nordjylland", Start, End);
        world.MoveTo(Start.AddMonths(5));
        var terminated = await world.TrackAsync(() => world.ChangeAsync("""
            mutation($agreement: ID!, $party: ID!, $on: Date!) { terminateAgreement(input: { agreementId: $agreement, organisationId: $party, effectiveOn: $on }) { repeated } }
            """, new { agreement = id, party = world.Aalborg, on = Start.AddMonths(8) }));
        Assert.Empty(terminated.Scheduled.Envelopes());

        await world.PlayOnAsync(signed, End.AddDays(-90));
        await world.PlayOnAsync(signed, End.AddDays(1));

        Assert.Empty(await world.NotificationsOfAsync(id));
        Assert.DoesNotContain(await world.EventsOfAsync(id), e => e.Data is AgreementExpired);
    }

    [Fact]
    public async Task A_draft_nobody_signed_is_left_alone()
    {
        await using var world = await StartAsync(fixture);
        var (id, drafted) = await world.TrackCreationAsync(() => world.DraftAsync("Et projekt der aldrig blev til", Start, End));

        await world.PlayOnAsync(drafted, End.AddDays(-90));
        await world.PlayOnAsync(drafted, End.AddDays(1));

        Assert.Empty(await world.NotificationsOfAsync(id));
        Assert.DoesNotContain(await world.EventsOfAsync(id), e => e.Data is AgreementExpired);
    }
}
