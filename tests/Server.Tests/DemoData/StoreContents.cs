using AgreementTracker.Agreements;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.Server.EventSourcing;
using Npgsql;

namespace AgreementTracker.Server.Tests.DemoData;

/// <summary>
/// What a demo load leaves, in numbers: Marten's streams, the imported events (their correlation ids are the import's)
/// and their times, the follow-up summaries, the deadlines Wolverine's inbox took in, handled or not, and the
/// notifications the import wrote itself (those of deadlines already due). Equal numbers before and after a load mean
/// it added nothing. Deadlines already due that were queued (an expiry) run as soon as they are stored and append events
/// and a notification of their own, which is why only the imported events and the other kinds of notification are counted.
/// </summary>
internal sealed record StoreContents(
    long Streams, long ImportedEvents, DateTime FirstRecorded, DateTime LastRecorded, long Summaries, long Deadlines, long ImportNotifications)
{
    public static async Task<StoreContents> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SELECT (SELECT count(*) FROM {AgreementsModule.Schema}.mt_streams), count(*), min(timestamp), max(timestamp),
                   (SELECT count(*) FROM {FollowUpTables.SummaryTable}),
                   (SELECT count(*) FROM {EventStoreServices.MessagingSchema}.wolverine_incoming_envelopes WHERE message_type LIKE 'deadline.%'),
                   (SELECT count(*) FROM {NotificationTable.Name} WHERE kind <> '{NotificationKinds.AgreementExpired}')
            FROM {AgreementsModule.Schema}.mt_events
            WHERE correlation_id LIKE 'demo-%'
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new StoreContents(reader.GetInt64(0), reader.GetInt64(1),
            reader.GetFieldValue<DateTimeOffset>(2).UtcDateTime, reader.GetFieldValue<DateTimeOffset>(3).UtcDateTime,
            reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6));
    }
}
