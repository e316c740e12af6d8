using Npgsql;

namespace AgreementTracker.EventStore;

/// <summary>Where a projection writes: the open connection and transaction, and the physical name of each of its tables.</summary>
public sealed class ProjectionContext
{
    private readonly IReadOnlyDictionary<string, string> _tableNames;

    internal ProjectionContext(NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyDictionary<string, string> tableNames)
    {
        Connection = connection;
        Transaction = transaction;
        _tableNames = tableNames;
    }

    public NpgsqlConnection Connection { get; }
    public NpgsqlTransaction? Transaction { get; }

    /// <summary>The table to write for a declared table: the live one, or its scratch copy during a rebuild or check.</summary>
    public string Table(string declaredName) =>
        _tableNames.TryGetValue(declaredName, out var physical)
            ? physical
            : throw new ArgumentException($"'{declaredName}' is not one of the tables this projection declared.", nameof(declaredName));

    public NpgsqlCommand CreateCommand(string sql) => new(sql, Connection, Transaction);

    internal static ProjectionContext Live(IProjection projection, NpgsqlConnection connection, NpgsqlTransaction? transaction) =>
        new(connection, transaction, projection.Tables.ToDictionary(t => t.Name, t => t.Name));
}
