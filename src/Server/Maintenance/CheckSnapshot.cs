using System.Data;
using AgreementTracker.Agreements;
using AgreementTracker.Domain;
using AgreementTracker.ReadModels.Sql;
using Marten;
using SessionOptions = Marten.Services.SessionOptions;
using Npgsql;

namespace AgreementTracker.Server.Maintenance;

/// <summary>
/// What a check reads and writes: one REPEATABLE READ transaction, so the events, the documents and the live tables
/// are compared as of one moment however many writes go on meanwhile; a Marten session reading in it; and scratch
/// tables that exist only in it. Nothing is committed.
/// </summary>
internal sealed class CheckSnapshot : IAsyncDisposable
{
    private CheckSnapshot(IDocumentStore store, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        Store = store;
        Connection = connection;
        Transaction = transaction;
        Session = store.QuerySession(SessionOptions.ForTransaction(transaction));
    }

    public IDocumentStore Store { get; }
    public IQuerySession Session { get; }
    private NpgsqlConnection Connection { get; }
    private NpgsqlTransaction Transaction { get; }

    public static async Task<CheckSnapshot> OpenAsync(IDocumentStore store, NpgsqlDataSource dataSource, CancellationToken ct)
    {
        var connection = await dataSource.OpenConnectionAsync(ct);
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        return new CheckSnapshot(store, connection, transaction);
    }

    public NpgsqlCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, Connection, Transaction);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        return command;
    }

    public async Task ExecuteAsync(NpgsqlBatch batch, CancellationToken ct)
    {
        if (batch.BatchCommands.Count == 0)
            return;
        batch.Connection = Connection;
        batch.Transaction = Transaction;
        await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The scratch copy's name of a live table: temporary, so it is gone with the transaction.</summary>
    public static string Scratch(string table) => $"pg_temp.check_{table}";

    /// <summary>Creates an empty scratch copy of a read-model table; returns its name.</summary>
    public async Task<string> CreateScratchAsync(TableDefinition table, CancellationToken ct)
    {
        var name = Scratch(table.Name);
        await using var command = Command(table.CreateSqlFor(name));
        await command.ExecuteNonQueryAsync(ct);
        return name;
    }

    /// <summary>
    /// Every stream of one kind, by the type of its first event (e.g. <c>IAgreementEvent</c>), with its version, in id order.
    /// </summary>
    public async Task<IReadOnlyList<(Guid Id, long Version)>> StreamsAsync(Type kind, CancellationToken ct)
    {
        var names = DomainEvents.All.Where(e => e.Type.IsAssignableTo(kind)).Select(e => e.Name).ToArray();
        await using var command = Command($"""
            SELECT s.id, s.version
            FROM {AgreementsModule.Schema}.mt_streams s
            JOIN {AgreementsModule.Schema}.mt_events e ON e.stream_id = s.id AND e.version = 1
            WHERE e.type = ANY($1)
            ORDER BY s.id
            """, (object)names);   // one array parameter, not the values of params
        var streams = new List<(Guid, long)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            streams.Add((reader.GetGuid(0), reader.GetInt64(1)));
        return streams;
    }

    /// <summary>The rows of <paramref name="live"/> and <paramref name="rebuilt"/> (two queries of the same columns) that the other lacks.</summary>
    public async Task<TableDifference> CompareAsync(string table, string live, string rebuilt, CancellationToken ct)
    {
        await using var command = Command($"""
            WITH only_live AS ({live} EXCEPT {rebuilt}), only_rebuilt AS ({rebuilt} EXCEPT {live})
            SELECT (SELECT count(*) FROM only_live), ARRAY(SELECT row_to_json(r)::text FROM only_live r LIMIT {TableDifference.Examples}),
                   (SELECT count(*) FROM only_rebuilt), ARRAY(SELECT row_to_json(r)::text FROM only_rebuilt r LIMIT {TableDifference.Examples})
            """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new TableDifference(table, reader.GetInt64(0), reader.GetFieldValue<string[]>(1), reader.GetInt64(2), reader.GetFieldValue<string[]>(3));
    }

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        await Transaction.RollbackAsync();
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
