using System.Collections.Concurrent;
using AgreementTracker.TestSupport;

namespace AgreementTracker.Messaging.Tests;

public sealed class MessageRunnerTests(MessagingDatabase db) : IClassFixture<MessagingDatabase>
{
    private sealed record PaymentDue(string Commitment, decimal Amount);

    private static string Key() => "test:" + Guid.NewGuid();

    [Fact]
    public async Task A_deadline_fires_once_when_it_falls_due_and_not_before()
    {
        var clock = TestClock.Start();
        var received = new ConcurrentBag<PaymentDue>();
        var key = Key();
        var handlers = new MessageHandlers().Handle(key, (m, _) => { received.Add(m.PayloadAs<PaymentDue>()); return Task.CompletedTask; });
        await db.EnqueueAsync(new OutgoingMessage(key, new PaymentDue("Aalborg 2025", 50_000m), clock.GetUtcNow().AddDays(30)));
        var runner = db.Runner(handlers, clock);

        await runner.RunDueAsync();
        Assert.Empty(received);

        clock.Advance(TimeSpan.FromDays(31));
        await runner.RunDueAsync();
        await runner.RunDueAsync();

        Assert.Equal([new PaymentDue("Aalborg 2025", 50_000m)], received);
    }

    [Fact]
    public async Task Two_nodes_running_at_once_handle_each_message_exactly_once()
    {
        var clock = TestClock.Start();
        var kind = Key();
        var handledBy = new ConcurrentDictionary<Guid, ConcurrentBag<string>>();
        MessageHandlers HandlersFor(string node) => new MessageHandlers().Handle(kind, async (m, _) =>
        {
            handledBy.GetOrAdd(m.Id, _ => []).Add(node);
            await Task.Delay(1);
        });
        for (var i = 0; i < 200; i++)
            await db.EnqueueAsync(new OutgoingMessage(kind, new { i }, clock.GetUtcNow()));

        var a = db.Runner(HandlersFor("node-a"), clock, "node-a");
        var b = db.Runner(HandlersFor("node-b"), clock, "node-b");
        async Task Drain(MessageRunner runner)
        {
            while (await runner.RunDueAsync() > 0) { }
        }
        await Task.WhenAll(Drain(a), Drain(b));

        Assert.Equal(200, handledBy.Count);
        Assert.All(handledBy.Values, nodes => Assert.Single(nodes));
        Assert.Equal(200L, await db.ScalarAsync<long>("SELECT count(*) FROM messaging.messages WHERE kind = $1 AND handled_at IS NOT NULL", kind));
    }

    [Fact]
    public async Task A_failing_handler_is_retried_later_then_set_aside_with_its_error()
    {
        var clock = TestClock.Start();
        var kind = Key();
        var attempts = 0;
        var handlers = new MessageHandlers().Handle(kind, (_, _) =>
        {
            attempts++;
            throw new InvalidOperationException("the notification service is down");
        });
        var id = await db.EnqueueAsync(new OutgoingMessage(kind, new { }, clock.GetUtcNow()));
        var runner = db.Runner(handlers, clock, maxAttempts: 3);

        await runner.RunDueAsync();
        await runner.RunDueAsync();
        Assert.Equal(1, attempts);

        for (var i = 0; i < 5; i++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            await runner.RunDueAsync();
        }

        Assert.Equal(3, attempts);
        Assert.Equal("the notification service is down", await db.ScalarAsync<string>("SELECT last_error FROM messaging.messages WHERE id = $1 AND dead_at IS NOT NULL", id));
    }

    [Fact]
    public async Task A_message_of_a_kind_nobody_handles_is_set_aside_and_says_so()
    {
        var clock = TestClock.Start();
        var id = await db.EnqueueAsync(new OutgoingMessage(Key(), new { }, clock.GetUtcNow()));

        await db.Runner(new MessageHandlers(), clock).RunDueAsync();

        Assert.StartsWith("No handler for messages of kind", await db.ScalarAsync<string>("SELECT last_error FROM messaging.messages WHERE id = $1 AND dead_at IS NOT NULL", id));
    }
}
