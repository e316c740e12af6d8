using Npgsql;

namespace AgreementTracker.ReadModels.Tests.Support;

/// <summary>Every row of a table as text, in a fixed order, for comparing two copies of a read model.</summary>
public static class TableRows
{
    public static async Task<IReadOnlyList<string>> ReadAsync(NpgsqlDataSource dataSource, string table)
    {
        await using var command = dataSource.CreateCommand($"SELECT t::text FROM {table} t ORDER BY 1");
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(reader.GetString(0));
        return rows;
    }
}
