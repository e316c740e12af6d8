using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.TestSupport;
using static AgreementTracker.Deadlines.Tests.DeadlineWorld;

namespace AgreementTracker.Deadlines.Tests;

public sealed class AgreementEndTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    /// <summary>A year's agreement, signed the day it starts: the day every world starts on.</summary>
    private static readonly DateOnly Start = TestClock.Today;
    private static readonly DateOnly End = Start.AddYears(1).AddDays(-1);

    [Fact]
    public async Task The_parties_are_reminded_ninety_days_before_the_end()
    {
        await using var world = await CreateAsync(fixture);
        var id = await world.SignedAgreementAsync("Energi i Nordjylland", Start, End);

        var notification = await world.NotifiedOnlyOnAsync(id, quietOn: End.AddDays(-91), notifiedOn: End.AddDays(-90));
        Assert.Equal(NotificationKinds.AgreementEnding, notification.Kind);
        Assert.Equal($"Aftalen 'Energi i Nordjylland' udløber {DanishDate(End)}, om 90 dage. Skal den forlænges?", notification.Message);
        Assert.Equal([Brn, Aalborg, EnergyCluster], notification.Organisations);
    }

    [Fact]
    public async Task An_extension_moves_the_reminder_and_the_expiry_to_the_new_end()
    {
        await using var world = await CreateAsync(fixture);
        var id = await world.SignedAgreementAsync("Energi i Nordjylland", Start, End);
        var newEnd = End.AddMonths(6);
        world.AdvanceTo(End.AddDays(-121));
        await world.RunAsync(new ExtendAgreement(id, newEnd));

        world.AdvanceTo(End.AddDays(2));
        await world.RunDueDeadlinesAsync();
        Assert.Empty(await world.NotificationsOfAsync(id));
        Assert.Null((await world.Store.AggregateStreamAsync<AgreementState?>(id.Value))!.ExpiredOn);

        world.AdvanceTo(newEnd.AddDays(-90));
        await world.RunDueDeadlinesAsync();
        Assert.Equal(
            $"Aftalen 'Energi i Nordjylland' udløber {DanishDate(newEnd)}, om 90 dage. Skal den forlænges?",
            Assert.Single(await world.NotificationsOfAsync(id)).Message);

        world.AdvanceTo(newEnd.AddDays(1));
        await world.RunDueDeadlinesAsync();
        var state = await world.Store.AggregateStreamAsync<AgreementState?>(id.Value);
        Assert.Equal(newEnd, state!.ExpiredOn);
        Assert.Equal(
            [NotificationKinds.AgreementExpired, NotificationKinds.AgreementEnding],
            (await world.NotificationsOfAsync(id)).Select(n => n.Kind));
    }

    [Fact]
    public async Task The_day_after_the_end_the_agreement_is_expired_by_the_deadlines_once()
    {
        await using var world = await CreateAsync(fixture);
        var id = await world.SignedAgreementAsync("Energi i Nordjylland", Start, End);

        world.AdvanceTo(End.AddDays(1));
        await world.RunDueDeadlinesAsync();
        await world.ExecuteAsync("UPDATE messaging.messages SET handled_at = NULL WHERE kind = 'deadline.agreement_expiry'");
        await world.RunDueDeadlinesAsync();

        var events = await world.Store.FetchStreamAsync(id.Value);
        var expired = Assert.Single(events, e => e.Data is AgreementExpired);
        Assert.Equal(new AgreementExpired(End), expired.Data);
        Assert.Equal("system:deadlines", expired.Metadata.Actor);
        Assert.Equal($"Aftaleperioden sluttede {DanishDate(End)}.", expired.Metadata.Reason);
        var notification = Assert.Single(await world.NotificationsOfAsync(id), n => n.Kind == NotificationKinds.AgreementExpired);
        Assert.Equal($"Aftalen 'Energi i Nordjylland' udløb {DanishDate(End)} og er nu registreret som udløbet.", notification.Message);
    }

    [Fact]
    public async Task A_terminated_agreement_is_neither_reminded_nor_expired()
    {
        await using var world = await CreateAsync(fixture);
        var id = await world.SignedAgreementAsync("Energi i Nordjylland", Start, End);
        world.AdvanceTo(Start.AddMonths(5));
        await world.RunAsync(new TerminateAgreement(id, Aalborg, Start.AddMonths(8)));

        world.AdvanceTo(End.AddDays(1));
        await world.RunDueDeadlinesAsync();

        Assert.Empty(await world.NotificationsOfAsync(id));
        Assert.DoesNotContain(await world.Store.FetchStreamAsync(id.Value), e => e.Data is AgreementExpired);
        Assert.Equal(0L, await world.ScalarAsync<long>("SELECT count(*) FROM messaging.messages WHERE handled_at IS NULL"));
    }

    [Fact]
    public async Task A_draft_nobody_signed_is_left_alone()
    {
        await using var world = await CreateAsync(fixture);
        var id = new AgreementId(Guid.NewGuid());
        var halfYear = new DatePeriod(Start, Start.AddMonths(6).AddDays(-1));
        await world.RunAsync(
            new DraftAgreement(id, "Udkast", AgreementKind.ProjectAgreement, "Et projekt der aldrig blev til", halfYear, "Energi", [], "Aalborg"),
            new AddParty(id, Brn, PartyRole.Coordinator),
            new AddParty(id, Aalborg, PartyRole.Partner));

        world.AdvanceTo(halfYear.End.AddDays(1));
        await world.RunDueDeadlinesAsync();

        Assert.Empty(await world.NotificationsOfAsync(id));
        Assert.Equal(2L, await world.ScalarAsync<long>("SELECT count(*) FROM messaging.messages WHERE handled_at IS NOT NULL AND dead_at IS NULL"));
    }
}
