using System.Text.Json.Serialization;
using AgreementTracker.Agreements;
using AgreementTracker.Server.EventSourcing;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;

namespace AgreementTracker.Server.Health;

[JsonConverter(typeof(JsonStringEnumConverter<HealthStatus>))]
public enum HealthStatus { Healthy, Unhealthy }

/// <summary>Unhealthy when the database does not answer, an asynchronous projection has stalled, or due messages (deadlines) are not being handled.</summary>
public sealed record HealthReport(HealthStatus Status, DatabaseHealth Database, IReadOnlyList<ProjectionHealth> Projections, MessageHealth? Messages)
{
    public static async Task<HealthReport> CheckAsync(
        NpgsqlDataSource dataSource, StoreOptions store, TimeProvider clock, TimeSpan stallAfter, TimeSpan lateAfter, CancellationToken ct)
    {
        var database = await DatabaseHealth.CheckAsync(dataSource, ct);
        if (!database.Reachable)
            return new HealthReport(HealthStatus.Unhealthy, database, [], null);
        var asynchronous = store.Projections.All.Where(p => p.Lifecycle == ProjectionLifecycle.Async).Select(p => p.Name).ToList();
        var projections = await ProjectionHealth.ReadAsync(dataSource, asynchronous, clock, stallAfter, ct);
        var messages = await MessageHealth.ReadAsync(dataSource, clock, lateAfter, ct);
        var healthy = projections.All(p => !p.Stalled) && messages.Late == 0;
        return new HealthReport(healthy ? HealthStatus.Healthy : HealthStatus.Unhealthy, database, projections, messages);
    }
}

public sealed record DatabaseHealth(bool Reachable, string? ServerVersion, string? Error)
{
    public static async Task<DatabaseHealth> CheckAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SHOW server_version");
            return new DatabaseHealth(true, (string?)await command.ExecuteScalarAsync(ct), null);
        }
        catch (NpgsqlException e)
        {
            return new DatabaseHealth(false, null, e.Message);
        }
    }
}

/// <summary>
/// One asynchronous projection as any node sees it in the database: how many committed events Marten's daemon has not
/// applied yet and how old the oldest of them is. Stalled when events have waited longer than the threshold: no node
/// runs the daemon, or it keeps failing.
/// </summary>
public sealed record ProjectionHealth(string Name, long Position, long LagEvents, double LagSeconds, bool Stalled)
{
    public static async Task<IReadOnlyList<ProjectionHealth>> ReadAsync(
        NpgsqlDataSource dataSource, IReadOnlyList<string> names, TimeProvider clock, TimeSpan stallAfter, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT n.name, coalesce(p.last_seq_id, 0), lag.events, lag.oldest
            FROM unnest($1::text[]) AS n(name)
            LEFT JOIN {AgreementsModule.Schema}.mt_event_progression p ON p.name = n.name || ':All'
            CROSS JOIN LATERAL (
                SELECT count(*) AS events, min(e.timestamp) AS oldest
                FROM {AgreementsModule.Schema}.mt_events e
                WHERE e.seq_id > coalesce(p.last_seq_id, 0) AND e.type <> 'tombstone') lag
            ORDER BY n.name
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = names.ToArray() });
        var now = clock.GetUtcNow();
        var projections = new List<ProjectionHealth>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var lag = reader.IsDBNull(3) ? TimeSpan.Zero : now - reader.GetFieldValue<DateTimeOffset>(3);
            var lagEvents = reader.GetInt64(2);
            projections.Add(new ProjectionHealth(reader.GetString(0), reader.GetInt64(1), lagEvents,
                Math.Round(Math.Max(lag.TotalSeconds, 0), 1), lagEvents > 0 && lag > stallAfter));
        }
        return projections;
    }
}

/// <summary>Wolverine's durable messages (deadlines): what waits, what is overdue by the clock, and what failed into its dead letters.</summary>
public sealed record MessageHealth(long Pending, long Late, long DeadLetters, DateTimeOffset? OldestLateDueAt)
{
    /// <param name="lateAfter">A due message not handled this long after its due time counts as late.</param>
    public static async Task<MessageHealth> ReadAsync(NpgsqlDataSource dataSource, TimeProvider clock, TimeSpan lateAfter, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT count(*) FILTER (WHERE status <> 'Handled'),
                   count(*) FILTER (WHERE status <> 'Handled' AND execution_time < $1),
                   (SELECT count(*) FROM {EventStoreServices.MessagingSchema}.wolverine_dead_letters),
                   min(execution_time) FILTER (WHERE status <> 'Handled' AND execution_time < $1)
            FROM {EventStoreServices.MessagingSchema}.wolverine_incoming_envelopes
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() - lateAfter });
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new MessageHealth(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2),
            reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3));
    }
}
