using AgreementTracker.TestSupport;

namespace AgreementTracker.Messaging.Tests;

public sealed class MessageQueueTests(MessagingDatabase db) : IClassFixture<MessagingDatabase>
{
    private static readonly DateTimeOffset Now = TestClock.Origin;

    [Fact]
    public async Task A_message_written_in_a_transaction_that_rolls_back_never_exists()
    {
        var kind = "rolled-back:" + Guid.NewGuid();
        await using (var connection = await db.DataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await MessageQueue.EnqueueAsync(connection, transaction, new OutgoingMessage(kind, new { }, Now));
            await transaction.RollbackAsync();
        }

        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM messaging.messages WHERE kind = $1", kind));
    }

    [Fact]
    public async Task Scheduling_the_same_deadline_again_moves_it_instead_of_adding_another()
    {
        var key = "kpi-report-due:" + Guid.NewGuid();
        var first = await db.EnqueueAsync(new OutgoingMessage("kpi-report-due", new { period = "2025-Q1" }, Now) { DeduplicationKey = key });
        var second = await db.EnqueueAsync(new OutgoingMessage("kpi-report-due", new { period = "2025-Q2" }, Now.AddMonths(3)) { DeduplicationKey = key });

        Assert.Equal(first, second);
        Assert.Equal(Now.AddMonths(3), await db.ScalarAsync<DateTime>("SELECT due_at FROM messaging.messages WHERE deduplication_key = $1", key));
    }

    [Fact]
    public async Task A_cancelled_deadline_no_longer_fires()
    {
        var key = "meeting-due:" + Guid.NewGuid();
        await db.EnqueueAsync(new OutgoingMessage("meeting-due", new { }, Now) { DeduplicationKey = key });

        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.True(await MessageQueue.CancelAsync(connection, null, key));
        Assert.False(await MessageQueue.CancelAsync(connection, null, key));
    }

    [Fact]
    public async Task A_message_without_a_kind_is_refused()
    {
        await using var connection = await db.DataSource.OpenConnectionAsync();
        var error = await Assert.ThrowsAsync<ArgumentException>(() => MessageQueue.EnqueueAsync(connection, null, new OutgoingMessage(" ", new { }, Now)));
        Assert.Contains("needs a kind", error.Message);
    }

    [Fact]
    public async Task The_status_counts_what_waits_what_is_late_and_what_was_set_aside()
    {
        var clock = TestClock.Start();
        var before = await MessageQueueStatus.ReadAsync(db.DataSource, clock, TimeSpan.FromMinutes(5));
        await db.EnqueueAsync(new OutgoingMessage("late:" + Guid.NewGuid(), new { }, clock.GetUtcNow().AddHours(-1)));

        var after = await MessageQueueStatus.ReadAsync(db.DataSource, clock, TimeSpan.FromMinutes(5));

        Assert.Equal(before.Pending + 1, after.Pending);
        Assert.Equal(before.Late + 1, after.Late);
        Assert.NotNull(after.OldestLateDueAt);
    }
}
