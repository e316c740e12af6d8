using Npgsql;

namespace AgreementTracker.EventStore;

/// <summary>
/// Makes a rebuilt table's content live, inside the transaction that holds the live table in ACCESS
/// EXCLUSIVE mode. When both tables have the same definition the live table keeps its identity: its rows
/// are deleted and the rebuilt ones inserted, so a READ COMMITTED statement blocked on its lock runs
/// afterwards against the new content. DELETE rather than TRUNCATE, because TRUNCATE is not MVCC-safe:
/// a REPEATABLE READ reader whose snapshot predates the swap (a paged query counting, then fetching)
/// would find the table empty; with DELETE it still sees the old rows. Only when the projection's
/// definition changed (columns, indexes, constraints) is the live table dropped and the rebuilt one
/// renamed in its place, as a schema change must.
/// </summary>
internal static class TableSwap
{
    // Index names differ between the copies, so only what follows them is compared.
    private const string DefinitionSql = """
        SELECT concat_ws(E'\n',
            (SELECT string_agg(format('%I %s%s%s%s', a.attname, format_type(a.atttypid, a.atttypmod),
                        CASE WHEN a.attnotnull THEN ' not null' ELSE '' END,
                        CASE a.attidentity WHEN 'a' THEN ' identity always' WHEN 'd' THEN ' identity by default' ELSE '' END,
                        CASE WHEN d.adbin IS NULL THEN '' WHEN a.attgenerated = 's' THEN ' generated ' ELSE ' default ' END || coalesce(pg_get_expr(d.adbin, d.adrelid), '')),
                        ', ' ORDER BY a.attnum)
             FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
             WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped),
            (SELECT string_agg(definition, E'\n' ORDER BY definition) FROM (
                SELECT regexp_replace(pg_get_indexdef(i.indexrelid), 'INDEX \S+ ON \S+ ', 'INDEX ON ') AS definition
                FROM pg_index i WHERE i.indrelid = t.oid) AS indexes),
            (SELECT string_agg(definition, E'\n' ORDER BY definition) FROM (
                SELECT pg_get_constraintdef(c.oid) AS definition FROM pg_constraint c WHERE c.conrelid = t.oid) AS constraints))
        FROM (SELECT $1::regclass AS oid) AS t
        """;

    // Generated columns are computed again; identity and serial columns are copied and their sequences carried over.
    private const string ColumnsSql = """
        SELECT quote_ident(a.attname), pg_get_serial_sequence($1, a.attname), pg_get_serial_sequence($2, a.attname)
        FROM pg_attribute a
        WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
        ORDER BY a.attnum
        """;

    public static async Task SwapAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string live, string rebuilt, CancellationToken cancellationToken)
    {
        await using var swap = new NpgsqlBatch(connection, transaction);
        if (await DefinitionAsync(connection, transaction, live, cancellationToken) == await DefinitionAsync(connection, transaction, rebuilt, cancellationToken))
        {
            var columns = await ColumnsAsync(connection, transaction, live, rebuilt, cancellationToken);
            var list = string.Join(", ", columns.Select(c => c.Name));
            swap.BatchCommands.Add(new NpgsqlBatchCommand($"DELETE FROM {live}"));
            swap.BatchCommands.Add(new NpgsqlBatchCommand($"INSERT INTO {live} ({list}) OVERRIDING SYSTEM VALUE SELECT {list} FROM {rebuilt}"));
            foreach (var (_, liveSequence, rebuiltSequence) in columns.Where(c => c.LiveSequence is not null && c.RebuiltSequence is not null))
            {
                var carry = new NpgsqlBatchCommand($"SELECT setval($1::regclass, s.last_value, s.is_called) FROM {rebuiltSequence} AS s");
                carry.Parameters.Add(new NpgsqlParameter { Value = liveSequence });
                swap.BatchCommands.Add(carry);
            }
            swap.BatchCommands.Add(new NpgsqlBatchCommand($"DROP TABLE {rebuilt}"));
        }
        else
        {
            swap.BatchCommands.Add(new NpgsqlBatchCommand($"DROP TABLE {live}"));
            swap.BatchCommands.Add(new NpgsqlBatchCommand($"ALTER TABLE {rebuilt} RENAME TO {live}"));
        }
        await swap.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string> DefinitionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(DefinitionSql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = table });
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<List<(string Name, string? LiveSequence, string? RebuiltSequence)>> ColumnsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string live, string rebuilt, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(ColumnsSql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = live });
        command.Parameters.Add(new NpgsqlParameter { Value = rebuilt });
        var columns = new List<(string, string?, string?)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            columns.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return columns;
    }
}
