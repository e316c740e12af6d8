using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.TestSupport;
using static AgreementTracker.Deadlines.Tests.DeadlineWorld;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>
/// The notifications table refuses every write at commit (a deferred constraint trigger), as a database that fails
/// the handler's transaction at its very end would.
/// </summary>
public sealed class FailingHandlerTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    private const string RefuseNotifications = """
        CREATE FUNCTION refuse_notification() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN RAISE EXCEPTION 'notifications are switched off'; END $$;
        CREATE CONSTRAINT TRIGGER refuse_notification AFTER INSERT ON notifications
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_notification();
        """;

    private const string AcceptNotifications = "DROP TRIGGER refuse_notification ON notifications";

    private static readonly DateOnly Start = TestClock.Today;

    [Fact]
    public async Task A_notification_whose_transaction_fails_is_not_written_and_the_deadline_is_retried()
    {
        await using var world = await CreateAsync(fixture);
        var id = await world.SignedAgreementAsync("Energi i Nordjylland", Start, Start.AddYears(2).AddDays(-1));
        var commitment = new CommitmentId(Guid.NewGuid());
        var dueOn = Start.AddDays(30);
        await world.RunAsync(
            new CommitCoFinancing(id, commitment, Aalborg, 50_000m, Start.Year, "Aktiviteter", ContributionForm.Cash),
            new InvoiceCoFinancing(id, commitment, new InvoiceId(Guid.NewGuid()), 50_000m, Start, dueOn));
        await world.ExecuteAsync(RefuseNotifications);

        world.AdvanceTo(dueOn.AddDays(1));
        await world.RunDueDeadlinesAsync();

        Assert.Empty(await world.NotificationsOfAsync(id));
        Assert.Contains("notifications are switched off",
            await world.ScalarAsync<string>("SELECT last_error FROM messaging.messages WHERE kind = 'deadline.payment_overdue' AND attempts = 1 AND handled_at IS NULL"));

        await world.ExecuteAsync(AcceptNotifications);
        world.Clock.Advance(TimeSpan.FromHours(1));
        await world.RunDueDeadlinesAsync();

        Assert.Single(await world.NotificationsOfAsync(id));
    }

    [Fact]
    public async Task An_expiry_whose_notification_fails_is_retried_without_expiring_twice()
    {
        await using var world = await CreateAsync(fixture);
        var end = Start.AddMonths(6).AddDays(-1);
        var id = await world.SignedAgreementAsync("Energi i Nordjylland", Start, end);
        await world.ExecuteAsync(RefuseNotifications);

        world.AdvanceTo(end.AddDays(1));
        await world.RunDueDeadlinesAsync();
        Assert.Single(await world.Store.FetchStreamAsync(id.Value), e => e.Data is AgreementExpired);
        Assert.Empty(await world.NotificationsOfAsync(id));

        await world.ExecuteAsync(AcceptNotifications);
        world.Clock.Advance(TimeSpan.FromHours(1));
        await world.RunDueDeadlinesAsync();

        Assert.Single(await world.Store.FetchStreamAsync(id.Value), e => e.Data is AgreementExpired);
        Assert.Single(await world.NotificationsOfAsync(id));
    }
}
