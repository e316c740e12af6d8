using AgreementTracker.TestSupport;

namespace AgreementTracker.Integrity.Tests;

/// <summary>A superuser can switch the triggers off and edit rows; the verifier still names what was changed.</summary>
public sealed class TamperDetectionTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task An_untouched_history_verifies_and_reports_progress()
    {
        await using var history = await MartenHistory.StartAsync(database);
        await history.AppendSomeStreamsAsync();
        var reports = new List<VerificationProgress>();

        var report = await history.VerifyAsync(new SynchronousProgress(reports.Add));

        Assert.True(report.IsIntact, report.FirstBrokenLink?.ToString());
        Assert.Equal((30L, 3L), (report.EventsVerified, report.StreamsVerified));
        Assert.Equal(new VerificationProgress(30, 3), reports[^1]);
    }

    [Fact]
    public async Task Altered_event_data_is_named_by_stream_version_and_sequence()
    {
        await using var history = await MartenHistory.StartAsync(database);
        var ids = await history.AppendSomeStreamsAsync();
        var victim = await history.SequenceOfAsync(ids[1], 5);

        await history.TamperAsync($"UPDATE events.mt_events SET data = '{{\"By\": 1000000, \"Note\": \"\"}}' WHERE seq_id = {victim}");
        var report = await history.VerifyAsync();

        var broken = Assert.IsType<BrokenLink>(report.FirstBrokenLink);
        Assert.Equal((ids[1], 5L, (long?)victim), (broken.StreamId, broken.Version, broken.Sequence));
        Assert.Equal("the event's contents do not match its hash", broken.Problem);
        Assert.NotEqual(broken.ExpectedHash, broken.StoredHash);
    }

    [Theory]
    [InlineData("user_name = 'mallory@example.com'")]
    [InlineData("correlation_id = NULL")]
    [InlineData("causation_id = 'someone else'")]
    [InlineData("headers = '{\"reason\": \"Intet at se her\"}'")]
    [InlineData("timestamp = timestamp - interval '1 day'")]
    [InlineData("type = 'counter_started'")]
    public async Task Altered_metadata_is_detected(string change)
    {
        await using var history = await MartenHistory.StartAsync(database);
        var ids = await history.AppendSomeStreamsAsync();
        var victim = await history.SequenceOfAsync(ids[2], 5);

        await history.TamperAsync($"UPDATE events.mt_events SET {change} WHERE seq_id = {victim}");
        var report = await history.VerifyAsync();

        Assert.Equal((ids[2], 5L, "the event's contents do not match its hash"),
            (report.FirstBrokenLink!.StreamId, report.FirstBrokenLink.Version, report.FirstBrokenLink.Problem));
    }

    [Fact]
    public async Task A_rewritten_hash_does_not_hide_a_change_because_the_next_event_links_to_the_old_one()
    {
        await using var history = await MartenHistory.StartAsync(database);
        var ids = await history.AppendSomeStreamsAsync();
        var victim = await history.SequenceOfAsync(ids[0], 4);

        await history.TamperAsync($"UPDATE events.mt_events SET data = '{{\"By\": 7, \"Note\": \"\"}}' WHERE seq_id = {victim}");
        await history.TamperAsync($"""
            UPDATE integrity.event_hashes h SET hash = integrity.event_hash(p.hash, e.stream_id, e.version, e.type, e.data,
                e.timestamp, e.correlation_id, e.causation_id, e.user_name, e.headers)
            FROM events.mt_events e, integrity.event_hashes p
            WHERE h.seq_id = {victim} AND e.seq_id = h.seq_id AND p.stream_id = e.stream_id AND p.version = e.version - 1
            """);
        var report = await history.VerifyAsync();

        Assert.Equal((ids[0], 5L, "the event's contents do not match its hash"),
            (report.FirstBrokenLink!.StreamId, report.FirstBrokenLink.Version, report.FirstBrokenLink.Problem));
    }

    [Fact]
    public async Task A_removed_event_in_the_middle_of_a_stream_is_a_missing_version()
    {
        await using var history = await MartenHistory.StartAsync(database);
        var ids = await history.AppendSomeStreamsAsync();

        await history.TamperAsync($"DELETE FROM events.mt_events WHERE stream_id = '{ids[2]}' AND version = 5");
        var report = await history.VerifyAsync();

        Assert.Equal((ids[2], "version 5 is missing (the next stored version is 6)"), (report.FirstBrokenLink!.StreamId, report.FirstBrokenLink.Problem));
    }

    [Fact]
    public async Task Removing_the_last_events_of_a_stream_is_detected()
    {
        await using var history = await MartenHistory.StartAsync(database);
        var ids = await history.AppendSomeStreamsAsync();

        await history.TamperAsync($"DELETE FROM events.mt_events WHERE stream_id = '{ids[0]}' AND version > 8");
        var report = await history.VerifyAsync();

        Assert.Equal((ids[0], "the stream record says version 10, but the last stored event is version 8"),
            (report.FirstBrokenLink!.StreamId, report.FirstBrokenLink.Problem));
    }

    [Fact]
    public async Task Removing_the_last_event_and_its_stream_version_leaves_its_hash_behind()
    {
        await using var history = await MartenHistory.StartAsync(database);
        var ids = await history.AppendSomeStreamsAsync();
        var victim = await history.SequenceOfAsync(ids[1], 10);

        await history.TamperAsync($"DELETE FROM events.mt_events WHERE seq_id = {victim}");
        await history.TamperAsync($"UPDATE events.mt_streams SET version = 9 WHERE id = '{ids[1]}'");
        var report = await history.VerifyAsync();

        Assert.Equal((ids[1], 10L, (long?)victim, "a hash is stored for this event, but the event is gone"),
            (report.FirstBrokenLink!.StreamId, report.FirstBrokenLink.Version, report.FirstBrokenLink.Sequence, report.FirstBrokenLink.Problem));
    }

    [Fact]
    public async Task Events_whose_stream_record_was_removed_are_detected()
    {
        await using var history = await MartenHistory.StartAsync(database);
        var ids = await history.AppendSomeStreamsAsync();

        await history.TamperAsync($"DELETE FROM events.mt_streams WHERE id = '{ids[1]}'");
        var report = await history.VerifyAsync();

        Assert.Equal((ids[1], 10L, "the stream record is missing"),
            (report.FirstBrokenLink!.StreamId, report.FirstBrokenLink.Version, report.FirstBrokenLink.Problem));
    }

    private sealed class SynchronousProgress(Action<VerificationProgress> report) : IProgress<VerificationProgress>
    {
        public void Report(VerificationProgress value) => report(value);
    }
}
