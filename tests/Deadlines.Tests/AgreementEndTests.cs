using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.TestSupport;
using static AgreementTracker.Deadlines.Tests.DeadlineWorld;

namespace AgreementTracker.Deadlines.Tests;

public sealed class AgreementEndTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task The_parties_are_reminded_ninety_days_before_the_end()
    {
        await using var world = await CreateAsync(fixture, new DateOnly(2026, 1, 5));
        var id = await world.SignedAgreementAsync("Energi i Nordjylland", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

        var notification = await world.NotifiedOnlyOnAsync(id, quietOn: new DateOnly(2026, 10, 1), notifiedOn: new DateOnly(2026, 10, 2));
        Assert.Equal(NotificationKinds.AgreementEnding, notification.Kind);
        Assert.Equal("Aftalen 'Energi i Nordjylland' udløber 31-12-2026, om 90 dage. Skal den forlænges?", notification.Message);
        Assert.Equal([Brn, Aalborg, EnergyCluster], notification.Organisations);
    }

    [Fact]
    public async Task An_extension_moves_the_reminder_and_the_expiry_to_the_new_end()
    {
        await using var world = await CreateAsync(fixture, new DateOnly(2026, 1, 5));
        var id = await world.SignedAgreementAsync("Energi i Nordjylland", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        world.Today(2026, 9, 1);
        await world.RunAsync(new ExtendAgreement(id, new DateOnly(2027, 6, 30)));

        world.Today(2027, 1, 2);
        await world.RunDueDeadlinesAsync();
        Assert.Empty(await world.NotificationsOfAsync(id));
        Assert.Null((await world.Store.AggregateStreamAsync<AgreementState?>(id.Value))!.ExpiredOn);

        world.Today(2027, 4, 1);
        await world.RunDueDeadlinesAsync();
        Assert.Equal(
            "Aftalen 'Energi i Nordjylland' udløber 30-06-2027, om 90 dage. Skal den forlænges?",
            Assert.Single(await world.NotificationsOfAsync(id)).Message);

        world.Today(2027, 7, 1);
        await world.RunDueDeadlinesAsync();
        var state = await world.Store.AggregateStreamAsync<AgreementState?>(id.Value);
        Assert.Equal(new DateOnly(2027, 6, 30), state!.ExpiredOn);
        Assert.Equal(
            [NotificationKinds.AgreementExpired, NotificationKinds.AgreementEnding],
            (await world.NotificationsOfAsync(id)).Select(n => n.Kind));
    }

    [Fact]
    public async Task The_day_after_the_end_the_agreement_is_expired_by_the_deadlines_once()
    {
        await using var world = await CreateAsync(fixture, new DateOnly(2026, 1, 5));
        var id = await world.SignedAgreementAsync("Energi i Nordjylland", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

        world.Today(2027, 1, 1);
        await world.RunDueDeadlinesAsync();
        await world.ExecuteAsync("UPDATE messaging.messages SET handled_at = NULL WHERE kind = 'deadline.agreement_expiry'");
        await world.RunDueDeadlinesAsync();

        var events = await world.Store.FetchStreamAsync(id.Value);
        var expired = Assert.Single(events, e => e.Data is AgreementExpired);
        Assert.Equal(new AgreementExpired(new DateOnly(2026, 12, 31)), expired.Data);
        Assert.Equal("system:deadlines", expired.Metadata.Actor);
        Assert.Equal("Aftaleperioden sluttede 31-12-2026.", expired.Metadata.Reason);
        var notification = Assert.Single(await world.NotificationsOfAsync(id), n => n.Kind == NotificationKinds.AgreementExpired);
        Assert.Equal("Aftalen 'Energi i Nordjylland' udløb 31-12-2026 og er nu registreret som udløbet.", notification.Message);
    }

    [Fact]
    public async Task A_terminated_agreement_is_neither_reminded_nor_expired()
    {
        await using var world = await CreateAsync(fixture, new DateOnly(2026, 1, 5));
        var id = await world.SignedAgreementAsync("Energi i Nordjylland", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        world.Today(2026, 6, 1);
        await world.RunAsync(new TerminateAgreement(id, Aalborg, new DateOnly(2026, 9, 1)));

        world.Today(2027, 1, 1);
        await world.RunDueDeadlinesAsync();

        Assert.Empty(await world.NotificationsOfAsync(id));
        Assert.DoesNotContain(await world.Store.FetchStreamAsync(id.Value), e => e.Data is AgreementExpired);
        Assert.Equal(0L, await world.ScalarAsync<long>("SELECT count(*) FROM messaging.messages WHERE handled_at IS NULL"));
    }

    [Fact]
    public async Task A_draft_nobody_signed_is_left_alone()
    {
        await using var world = await CreateAsync(fixture, new DateOnly(2026, 1, 5));
        var id = new AgreementId(Guid.NewGuid());
        await world.RunAsync(
            new DraftAgreement(id, "Udkast", AgreementKind.ProjectAgreement, "Et projekt der aldrig blev til", new DatePeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)),
                "Energi", [], "Aalborg"),
            new AddParty(id, Brn, PartyRole.Coordinator),
            new AddParty(id, Aalborg, PartyRole.Partner));

        world.Today(2026, 7, 1);
        await world.RunDueDeadlinesAsync();

        Assert.Empty(await world.NotificationsOfAsync(id));
        Assert.Equal(2L, await world.ScalarAsync<long>("SELECT count(*) FROM messaging.messages WHERE handled_at IS NOT NULL AND dead_at IS NULL"));
    }
}
