using System.Diagnostics;
using AgreementTracker.Agreements;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Server.EventSourcing;
using Npgsql;

namespace AgreementTracker.FaultSoak.Proofs;

/// <summary>
/// The deadlines, from Wolverine's inbox and what their handlers write: none that fell due is still waiting (once the
/// nodes had time to take over what a killed node had claimed), none is a dead letter, no notification was written
/// twice for one deadline (same agreement, kind, due time and text), and no agreement expired twice.
/// </summary>
internal sealed record DeadlinesOnce(
    long Handled, long Notifications, long DueWaiting, long DeadLetters, long NotifiedTwice, long ExpiredTwice, IReadOnlyList<string> Problems)
{
    private const string Inbox = $"{EventStoreServices.MessagingSchema}.wolverine_incoming_envelopes";
    private const string DeadLetterTable = $"{EventStoreServices.MessagingSchema}.wolverine_dead_letters";
    private const string Deadline = "message_type LIKE 'deadline.%'";

    public bool Holds => DueWaiting == 0 && DeadLetters == 0 && NotifiedTwice == 0 && ExpiredTwice == 0;

    /// <summary>Waits, at most <paramref name="patience"/>, until no deadline that fell due is waiting, then checks.</summary>
    public static async Task<DeadlinesOnce> CheckAsync(NpgsqlDataSource database, TimeSpan patience, Action<string> log)
    {
        var waited = Stopwatch.StartNew();
        long waiting;
        while ((waiting = await DueWaitingAsync(database)) > 0 && waited.Elapsed < patience)
        {
            log($"  {waiting} deadline(s) due and not yet handled; waiting ({waited.Elapsed.TotalSeconds:N0} s)");
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
        var problems = await LinesAsync(database, $"""
            SELECT 'dead letter ' || message_type || ' x' || count(*) || ': ' || exception_type || ': ' || left(exception_message, 300)
            FROM {DeadLetterTable} WHERE {Deadline} GROUP BY message_type, exception_type, left(exception_message, 300)
            UNION ALL
            SELECT 'notified twice: ' || kind || ' due ' || due_at || ' x' || count(*) || ': ' || left(message, 200)
            FROM public.{NotificationTable.Name} GROUP BY agreement_id, kind, due_at, message HAVING count(*) > 1
            """);
        return new DeadlinesOnce(
            await CountAsync(database, $"SELECT count(*) FROM {Inbox} WHERE {Deadline} AND status = 'Handled'"),
            await CountAsync(database, $"SELECT count(*) FROM public.{NotificationTable.Name}"),
            waiting,
            await CountAsync(database, $"SELECT count(*) FROM {DeadLetterTable} WHERE {Deadline}"),
            await CountAsync(database, $"""
                SELECT count(*) FROM (SELECT 1 FROM public.{NotificationTable.Name}
                                      GROUP BY agreement_id, kind, due_at, message HAVING count(*) > 1) twice
                """),
            await CountAsync(database, $"""
                SELECT count(*) FROM (SELECT 1 FROM {AgreementsModule.Schema}.mt_events
                                      WHERE type = 'agreement_expired' GROUP BY stream_id HAVING count(*) > 1) twice
                """),
            problems);
    }

    private static Task<long> DueWaitingAsync(NpgsqlDataSource database) =>
        CountAsync(database, $"SELECT count(*) FROM {Inbox} WHERE {Deadline} AND status <> 'Handled' AND coalesce(execution_time, '-infinity') <= now()");

    private static async Task<IReadOnlyList<string>> LinesAsync(NpgsqlDataSource database, string sql)
    {
        var lines = new List<string>();
        await using var command = database.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            lines.Add(reader.GetString(0));
        return lines;
    }

    private static async Task<long> CountAsync(NpgsqlDataSource database, string sql)
    {
        await using var command = database.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
