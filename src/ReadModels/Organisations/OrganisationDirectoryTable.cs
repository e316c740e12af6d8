using AgreementTracker.Domain.Organisations;
using AgreementTracker.ReadModels.Sql;
using Npgsql;

namespace AgreementTracker.ReadModels.Organisations;

/// <summary>
/// Every organisation with its current name, kind, CVR number, former names and what it merged into.
/// Inline, because a command names organisations and must find one registered a moment before.
/// </summary>
public static class OrganisationDirectoryTable
{
    public const string TableName = "organisation_directory";

    public static TableDefinition Definition { get; } = new(TableName, """
            CREATE TABLE {table} (
                id           uuid   PRIMARY KEY,
                name         text   NOT NULL,
                kind         text   NOT NULL,
                cvr_number   text,
                former_names text[] NOT NULL DEFAULT '{}',
                merged_into  uuid,
                merged_on    date
            )
            """);

    /// <summary>What an organisation's event changes in <paramref name="table"/>; null for an event that changes nothing there.</summary>
    public static NpgsqlBatchCommand? CommandFor(string table, Guid organisationId, object data) => data switch
    {
        OrganisationRegistered registered => Command(
            $"INSERT INTO {table} (id, name, kind, cvr_number) VALUES ($1, $2, $3, $4)",
            organisationId, registered.Name, registered.Kind.ToString(), (object?)registered.CvrNumber ?? DBNull.Value),
        OrganisationRenamed renamed => Command(
            $"UPDATE {table} SET name = $2, former_names = former_names || $3 WHERE id = $1",
            organisationId, renamed.NewName, renamed.PreviousName),
        OrganisationMerged merged => Command(
            $"UPDATE {table} SET merged_into = $2, merged_on = $3 WHERE id = $1",
            organisationId, merged.Into.Value, merged.MergedOn),
        _ => null,
    };

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }
}
