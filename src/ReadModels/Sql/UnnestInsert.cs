using Npgsql;

namespace AgreementTracker.ReadModels.Sql;

/// <summary>A column of an <see cref="UnnestInsert{TRow}"/>: its name, its SQL type and how a row gives its value.</summary>
internal abstract record UnnestColumn<TRow>(string Name, string SqlType)
{
    public abstract NpgsqlParameter Values(IReadOnlyList<TRow> rows);
}

internal sealed record UnnestColumn<TRow, TValue>(string Name, string SqlType, Func<TRow, TValue> Value) : UnnestColumn<TRow>(Name, SqlType)
{
    public override NpgsqlParameter Values(IReadOnlyList<TRow> rows) => new NpgsqlParameter<TValue[]> { TypedValue = rows.Select(Value).ToArray() };
}

/// <summary>
/// Writes many rows in one statement, one array parameter per column (<c>INSERT ... SELECT * FROM unnest(...)</c>).
/// </summary>
/// <param name="key">The columns of the table's primary key, for <see cref="ReplaceIn"/>.</param>
internal sealed class UnnestInsert<TRow>(IReadOnlyList<string> key, params UnnestColumn<TRow>[] columns)
{
    public UnnestInsert(params UnnestColumn<TRow>[] columns)
        : this([], columns)
    {
    }

    public static UnnestColumn<TRow> Column<TValue>(string name, string sqlType, Func<TRow, TValue> value) => new UnnestColumn<TRow, TValue>(name, sqlType, value);

    public void AddTo(NpgsqlBatch batch, string table, IReadOnlyList<TRow> rows)
    {
        if (rows.Count == 0)
            return;
        var command = new NpgsqlBatchCommand($"INSERT INTO {table} ({Names()}) SELECT * FROM unnest({Arrays()})");
        AddValues(command, rows);
        batch.BatchCommands.Add(command);
    }

    /// <summary>
    /// Makes the rows of <paramref name="table"/> whose <paramref name="scope"/> column is one of <paramref name="scopeIds"/>
    /// exactly <paramref name="rows"/>, writing only what differs: a row no longer there is deleted, a new one inserted, a
    /// changed one updated, and an unchanged one left as it is. A command that adds one meeting to an agreement writes
    /// that meeting's row, not every row the agreement has.
    /// </summary>
    public void ReplaceIn(NpgsqlBatch batch, string table, string scope, Guid[] scopeIds, IReadOnlyList<TRow> rows)
    {
        if (key.Count == 0)
            throw new InvalidOperationException($"Rows of {table} can be replaced only where their key columns are named.");
        var keyList = string.Join(", ", key);
        var values = columns.Where(c => !key.Contains(c.Name)).ToList();
        var changed = values.Count == 0
            ? "DO NOTHING"
            : $"DO UPDATE SET {string.Join(", ", values.Select(c => $"{c.Name} = EXCLUDED.{c.Name}"))} " +
              $"WHERE ({string.Join(", ", values.Select(c => $"t.{c.Name}"))}) IS DISTINCT FROM ({string.Join(", ", values.Select(c => $"EXCLUDED.{c.Name}"))})";
        var command = new NpgsqlBatchCommand(
            $"""
            WITH wanted AS (SELECT * FROM unnest({Arrays()}) AS w({Names()})),
                 gone AS (DELETE FROM {table} t WHERE t.{scope} = ANY(${columns.Length + 1})
                              AND NOT EXISTS (SELECT FROM wanted w WHERE {string.Join(" AND ", key.Select(k => $"w.{k} = t.{k}"))}))
            INSERT INTO {table} AS t ({Names()}) SELECT * FROM wanted
            ON CONFLICT ({keyList}) {changed}
            """);
        AddValues(command, rows);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = scopeIds });
        batch.BatchCommands.Add(command);
    }

    private string Names() => string.Join(", ", columns.Select(c => c.Name));

    private string Arrays() => string.Join(", ", columns.Select((c, i) => $"${i + 1}::{c.SqlType}[]"));

    private void AddValues(NpgsqlBatchCommand command, IReadOnlyList<TRow> rows)
    {
        foreach (var column in columns)
            command.Parameters.Add(column.Values(rows));
    }
}
