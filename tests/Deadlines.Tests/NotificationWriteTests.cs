using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Common;
using AgreementTracker.TestSupport;
using Marten;
using Npgsql;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>
/// The notification as a Wolverine handler writes it: one operation in the Marten session's batch, committed with the
/// session's events and documents, whose answer (the announced id) Marten steps over without mistaking it for the next
/// operation's.
/// </summary>
public sealed class NotificationWriteTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    /// <summary>Marten reads back each revisioned document's new revision: a result the notification's must not be taken for.</summary>
    public sealed record Receipt(Guid Id);

    public sealed record Happened(string What);

    [Fact]
    public async Task A_notification_commits_with_the_sessions_other_writes_once_however_often_its_deadline_is_delivered()
    {
        await using var world = await DeadlineWorld.CreateAsync(fixture);
        await using var store = DocumentStore.For(o =>
        {
            o.Connection(world.DataSource);
            o.DatabaseSchemaName = "notification_write";
            o.Schema.For<Receipt>().UseNumericRevisions(true);
        });
        await using var listener = await world.DataSource.OpenConnectionAsync();
        var heard = new List<string>();
        listener.Notification += (_, e) => heard.Add(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {NotificationReader.Channel}", listener))
            await listen.ExecuteNonQueryAsync();
        var notification = new Notification(
            Guid.NewGuid(), new AgreementId(Guid.NewGuid()), [DeadlineWorld.Brn, DeadlineWorld.Aalborg], NotificationKinds.PaymentOverdue,
            "Betaling på 50.000 kr. fra Aalborg Kommune forfaldt.", world.Clock.GetUtcNow().AddDays(-1), world.Clock.GetUtcNow());

        foreach (var delivery in new[] { 1, 2 })
        {
            await using var session = store.LightweightSession();
            session.Events.StartStream(Guid.NewGuid(), new Happened($"delivery {delivery}"));
            session.QueueOperation(new NotificationWrite(notification));
            session.Store(new Receipt(Guid.NewGuid()));
            await session.SaveChangesAsync();
        }
        await world.ExecuteAsync($"NOTIFY {NotificationReader.Channel}, 'done'");
        using var hangGuard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!heard.Contains("done"))
            await listener.WaitAsync(hangGuard.Token);

        Assert.Equal([notification.Id.ToString(), "done"], heard);
        var written = Assert.Single(await world.NotificationsOfAsync(notification.AgreementId));
        Assert.Equal(notification with { Organisations = written.Organisations }, written);
        Assert.Equal(notification.Organisations, written.Organisations);
        await using var query = store.QuerySession();
        Assert.Equal(2, await query.Query<Receipt>().CountAsync());
        Assert.Equal(2L, await world.ScalarAsync<long>("SELECT count(*) FROM notification_write.mt_streams"));
    }
}
