using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace AgreementTracker.EventStore;

/// <summary>The statements of one append, each writing all its rows at once from unnest arrays.</summary>
internal static class AppendCommands
{
    public static NpgsqlBatchCommand RecordCommand(Guid commandId, IReadOnlyList<StreamAppended> appended) =>
        Command("INSERT INTO eventstore.command_log (command_id, result) VALUES ($1, $2)",
            new NpgsqlParameter { Value = commandId, NpgsqlDbType = NpgsqlDbType.Uuid },
            Jsonb(JsonSerializer.Serialize(appended)));

    public static NpgsqlBatchCommand InsertStreams(AppendPlan plan) =>
        StreamsCommand("""
            INSERT INTO eventstore.streams (id, type, version, last_hash, created_at, updated_at)
            SELECT u.id, u.type, u.version, u.hash, $5, $5
            FROM unnest($1::uuid[], $2::text[], $3::bigint[], $4::bytea[]) AS u(id, type, version, hash)
            """, plan.NewStreams, s => s.Type!, NpgsqlDbType.Text, plan.Timestamp);

    public static NpgsqlBatchCommand AdvanceStreams(AppendPlan plan) =>
        StreamsCommand("""
            UPDATE eventstore.streams AS s SET version = u.version, last_hash = u.hash, updated_at = $5
            FROM unnest($1::uuid[], $2::bigint[], $3::bigint[], $4::bytea[]) AS u(id, expected, version, hash)
            WHERE s.id = u.id AND s.version = u.expected
            """, plan.AdvancedStreams, s => s.ExpectedVersion, NpgsqlDbType.Bigint, plan.Timestamp);

    /// <summary>Returns each event's global sequence, in the order of <see cref="AppendPlan.Events"/>.</summary>
    public static NpgsqlBatchCommand InsertEvents(AppendPlan plan)
    {
        var events = plan.Events;
        return Command("""
            INSERT INTO eventstore.events (stream_id, version, type, schema_version, data, metadata, created_at, hash, previous_hash)
            SELECT u.stream_id, u.version, u.type, u.schema_version, u.data, $6, $7, u.hash, u.previous_hash
            FROM unnest($1::uuid[], $2::bigint[], $3::text[], $4::integer[], $5::jsonb[], $8::bytea[], $9::bytea[])
                 AS u(stream_id, version, type, schema_version, data, hash, previous_hash)
            RETURNING seq
            """,
            Array(events.Select(e => e.StreamId).ToArray(), NpgsqlDbType.Uuid),
            Array(events.Select(e => e.Version).ToArray(), NpgsqlDbType.Bigint),
            Array(events.Select(e => e.Serialized.Type.Name).ToArray(), NpgsqlDbType.Text),
            Array(events.Select(e => e.Serialized.Type.SchemaVersion).ToArray(), NpgsqlDbType.Integer),
            Array(events.Select(e => Encoding.UTF8.GetString(e.Serialized.CanonicalJson)).ToArray(), NpgsqlDbType.Jsonb),
            Jsonb(Encoding.UTF8.GetString(plan.CanonicalMetadata)),
            new NpgsqlParameter { Value = plan.Timestamp, NpgsqlDbType = NpgsqlDbType.TimestampTz },
            Array(events.Select(e => e.Hash).ToArray(), NpgsqlDbType.Bytea),
            Array(events.Select(e => e.PreviousHash).ToArray(), NpgsqlDbType.Bytea));
    }

    private static NpgsqlBatchCommand StreamsCommand<T>(
        string sql, IReadOnlyList<PlannedStream> streams, Func<PlannedStream, T> second, NpgsqlDbType secondType, DateTimeOffset timestamp) =>
        Command(sql,
            Array(streams.Select(s => s.Id).ToArray(), NpgsqlDbType.Uuid),
            Array(streams.Select(second).ToArray(), secondType),
            Array(streams.Select(s => s.NewVersion).ToArray(), NpgsqlDbType.Bigint),
            Array(streams.Select(s => s.LastHash).ToArray(), NpgsqlDbType.Bytea),
            new NpgsqlParameter { Value = timestamp, NpgsqlDbType = NpgsqlDbType.TimestampTz });

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlParameter Jsonb(string json) => new() { Value = json, NpgsqlDbType = NpgsqlDbType.Jsonb };

    private static NpgsqlParameter Array<T>(T[] values, NpgsqlDbType elementType) =>
        new() { Value = values, NpgsqlDbType = NpgsqlDbType.Array | elementType };
}
