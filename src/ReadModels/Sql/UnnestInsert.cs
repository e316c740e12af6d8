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

/// <summary>Inserts many rows in one statement, one array parameter per column (<c>INSERT ... SELECT * FROM unnest(...)</c>).</summary>
internal sealed class UnnestInsert<TRow>(params UnnestColumn<TRow>[] columns)
{
    public static UnnestColumn<TRow> Column<TValue>(string name, string sqlType, Func<TRow, TValue> value) => new UnnestColumn<TRow, TValue>(name, sqlType, value);

    public void AddTo(NpgsqlBatch batch, string table, IReadOnlyList<TRow> rows)
    {
        if (rows.Count == 0)
            return;
        var names = string.Join(", ", columns.Select(c => c.Name));
        var arrays = string.Join(", ", columns.Select((c, i) => $"${i + 1}::{c.SqlType}[]"));
        var command = new NpgsqlBatchCommand($"INSERT INTO {table} ({names}) SELECT * FROM unnest({arrays})");
        foreach (var column in columns)
            command.Parameters.Add(column.Values(rows));
        batch.BatchCommands.Add(command);
    }
}
