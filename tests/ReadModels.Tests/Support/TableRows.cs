using Npgsql;

namespace AgreementTracker.ReadModels.Tests.Support;

/// <summary>What tests read back as text: every row of a table in a fixed order, or one column of a query.</summary>
public static class TableRows
{
    /// <summary>Every row of a table as text, in a fixed order, for comparing two copies of a read model.</summary>
    public static Task<IReadOnlyList<string>> ReadAsync(NpgsqlDataSource dataSource, string table) =>
        ColumnAsync(dataSource, $"SELECT t::text FROM {table} t ORDER BY 1");

    /// <summary>The first column of every row <paramref name="sql"/> gives, as text, with its positional parameters.</summary>
    public static async Task<IReadOnlyList<string>> ColumnAsync(NpgsqlDataSource dataSource, string sql, params object[] parameters)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            values.Add(reader.GetValue(0).ToString()!);
        return values;
    }
}
