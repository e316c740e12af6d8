using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Common;
using AgreementTracker.TestSupport;
using Marten;
using Npgsql;
using static AgreementTracker.Deadlines.Tests.AgreementHistory;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>
/// The notification as a Wolverine handler writes it: one operation in the Marten session's batch, committed with the
/// session's events and documents, whose answer (the announced id) Marten steps over without mistaking it for the next
/// operation's; on a table made by <see cref="NotificationTable.Definition"/> alone.
/// </summary>
public sealed class NotificationWriteTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    /// <summary>Marten reads back each revisioned document's new revision: a result the notification's must not be taken for.</summary>
    public sealed record Receipt(Guid Id);

    public sealed record Happened(string What);

    [Fact]
    public async Task A_notification_commits_with_the_sessions_other_writes_once_however_often_its_deadline_is_delivered()
    {
        var dataSource = fixture.DataSource;
        await using (var create = dataSource.CreateCommand(NotificationTable.Definition.CreateSqlFor($"public.{NotificationTable.Name}")))
            await create.ExecuteNonQueryAsync();
        await using var store = DocumentStore.For(o =>
        {
            o.Connection(dataSource);
            o.DatabaseSchemaName = "notification_write";
            o.Schema.For<Receipt>().UseNumericRevisions(true);
        });
        await using var listener = await dataSource.OpenConnectionAsync();
        var heard = new List<string>();
        listener.Notification += (_, e) => heard.Add(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {NotificationReader.Channel}", listener))
            await listen.ExecuteNonQueryAsync();
        var now = TestClock.Origin;
        var notification = new Notification(
            Guid.NewGuid(), new AgreementId(Guid.NewGuid()), [Brn, Aalborg], NotificationKinds.PaymentOverdue,
            "Betaling på 50.000 kr. fra Aalborg Kommune forfaldt.", now.AddDays(-1), now);

        foreach (var delivery in new[] { 1, 2 })
        {
            await using var session = store.LightweightSession();
            session.Events.StartStream(Guid.NewGuid(), new Happened($"delivery {delivery}"));
            session.QueueOperation(new NotificationWrite(notification));
            session.Store(new Receipt(Guid.NewGuid()));
            await session.SaveChangesAsync();
        }
        await using (var done = dataSource.CreateCommand($"NOTIFY {NotificationReader.Channel}, 'done'"))
            await done.ExecuteNonQueryAsync();
        using var hangGuard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!heard.Contains("done"))
            await listener.WaitAsync(hangGuard.Token);

        Assert.Equal([notification.Id.ToString(), "done"], heard);
        var written = Assert.Single(await new NotificationReader(dataSource).ForAgreementAsync(notification.AgreementId, NotificationReader.MaxLimit));
        Assert.Equal(notification with { Organisations = written.Organisations }, written);
        Assert.Equal(notification.Organisations, written.Organisations);
        await using var query = store.QuerySession();
        Assert.Equal(2, await query.Query<Receipt>().CountAsync());
        Assert.Equal(2, await query.Events.QueryAllRawEvents().CountAsync());
    }
}
