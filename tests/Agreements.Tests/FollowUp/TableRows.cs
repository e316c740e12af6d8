using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Organisations;
using Npgsql;

namespace AgreementTracker.Agreements.Tests.FollowUp;

/// <summary>Every row of the read-model tables as text, in a fixed order, for comparing two copies row by row.</summary>
public static class TableRows
{
    public static readonly string[] FollowUp =
    [
        FollowUpTables.SummaryTable, FollowUpTables.PartyTable, FollowUpTables.KpiTable,
        FollowUpTables.LedgerTable, FollowUpTables.MeetingTable, FollowUpTables.MeetingYearTable,
    ];

    public static readonly string[] All = [.. FollowUp, OrganisationDirectoryTable.TableName];

    public static async Task<Dictionary<string, List<string>>> ReadAsync(NpgsqlDataSource dataSource, params string[] tables)
    {
        var rows = new Dictionary<string, List<string>>();
        foreach (var table in tables)
        {
            await using var command = dataSource.CreateCommand($"SELECT t::text FROM {table} t ORDER BY 1");
            await using var reader = await command.ExecuteReaderAsync();
            rows[table] = [];
            while (await reader.ReadAsync())
                rows[table].Add(reader.GetString(0));
        }
        return rows;
    }
}
