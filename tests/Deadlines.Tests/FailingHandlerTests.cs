using System.Text.Json;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.TestSupport;
using Wolverine;
using Wolverine.Tracking;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>
/// The notifications table refuses every write at commit (a deferred constraint trigger), as a database that fails the
/// handler's transaction at its very end would: the deadline's message goes to Wolverine's dead letters, where
/// <c>/health</c> shows it, and nothing of its handler's work is kept.
/// </summary>
public sealed class FailingHandlerTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    private const string RefuseNotifications = """
        CREATE FUNCTION refuse_notification() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN RAISE EXCEPTION 'notifications are switched off'; END $$;
        CREATE CONSTRAINT TRIGGER refuse_notification AFTER INSERT ON public.notifications
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_notification();
        """;

    private static readonly DateOnly Start = TestClock.Today;

    [Fact]
    public async Task A_deadline_whose_notification_cannot_be_written_goes_to_the_dead_letters_shows_in_health_and_can_be_replayed_once_fixed()
    {
        await using var world = await DeadlineWorld.StartAsync(fixture);
        var dueOn = Start.AddDays(30);
        var invoice = await InvoicedAgreement.OfAsync(world, Start, Start, dueOn);
        var envelope = Assert.Single(invoice.Tracked.Scheduled.Envelopes()).Id;
        await world.Database.ExecuteAsync(RefuseNotifications);
        world.MoveTo(dueOn.AddDays(1));

        await DeadLetteredAsync(world, envelope);

        Assert.Empty(await world.NotificationsOfAsync(invoice.Agreement));
        Assert.Contains("notifications are switched off", await world.Database.ScalarAsync<string>(
            $"SELECT exception_message FROM {DeadlineWorld.DeadLetters} WHERE id = $1", envelope));
        Assert.Equal(1, await DeadLettersInHealthAsync(world));

        // The database is put right, and an operator marks the dead letter for replay as Wolverine's tooling does.
        await world.Database.ExecuteAsync("DROP TRIGGER refuse_notification ON public.notifications");
        Func<IMessageContext, Task> replay = _ => world.Database.ExecuteAsync($"UPDATE {DeadlineWorld.DeadLetters} SET replayable = true WHERE id = $1", envelope);
        await world.Host.Alba.TrackActivity().Timeout(DeadlineWorld.Patience).WaitForExecutionOf<IDeadlinePayload>().ExecuteAndWaitAsync(replay);

        Assert.Equal(envelope.ToString(), Assert.Single(await world.NotificationsOfAsync(invoice.Agreement)).Id);
        await DeadlineWorld.UntilAsync(async () => await DeadLettersInHealthAsync(world) == 0);
    }

    [Fact]
    public async Task An_expiry_whose_notification_cannot_be_written_expires_nothing()
    {
        await using var world = await DeadlineWorld.StartAsync(fixture);
        var end = Start.AddMonths(6).AddDays(-1);
        var (id, signed) = await world.SignedAgreementAsync("Energi i Nordjylland", Start, end);
        var expiry = Assert.Single(signed.Scheduled.Envelopes(), e => e.Message is Kinds.AgreementExpiry.Due).Id;
        await world.Database.ExecuteAsync(RefuseNotifications);
        world.MoveTo(end.AddDays(1));

        await DeadLetteredAsync(world, expiry);

        Assert.DoesNotContain(await world.EventsOfAsync(id), e => e.Data is AgreementExpired);
    }

    /// <summary>Wolverine delivers the deadline, its handler fails, and Wolverine moves it to its dead letters.</summary>
    private static async Task DeadLetteredAsync(DeadlineWorld world, Guid envelope)
    {
        await world.DeliverFromInboxAsync([envelope], session => session.DoNotAssertOnExceptionsDetected());
        await DeadlineWorld.UntilAsync(async () =>
            await world.Database.ScalarAsync<long>($"SELECT count(*) FROM {DeadlineWorld.DeadLetters} WHERE id = $1", envelope) == 1);
    }

    /// <summary>How many dead letters <c>/health</c> reports.</summary>
    private static async Task<long> DeadLettersInHealthAsync(DeadlineWorld world)
    {
        var response = await world.Host.Alba.Scenario(s =>
        {
            s.Get.Url("/health");
            s.IgnoreStatusCode();
        });
        using var health = JsonDocument.Parse(await response.ReadAsTextAsync());
        return health.RootElement.GetProperty("messages").GetProperty("deadLetters").GetInt64();
    }
}
