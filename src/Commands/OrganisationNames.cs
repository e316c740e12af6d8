using AgreementTracker.Domain.Common;
using AgreementTracker.ReadModels.Organisations;
using Npgsql;

namespace AgreementTracker.Commands;

/// <summary>
/// The organisations' current names from the inline directory, for <see cref="CommandContext"/>: a decision checks
/// that the organisations a command names exist, and names them in its refusals. Read fresh for every attempt, so an
/// organisation registered a moment ago is found.
/// </summary>
public static class OrganisationNames
{
    public static async Task<IReadOnlyDictionary<OrganisationId, string>> LoadAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"SELECT id, name FROM {OrganisationDirectoryProjection.TableName}");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var names = new Dictionary<OrganisationId, string>();
        while (await reader.ReadAsync(ct))
            names[new OrganisationId(reader.GetGuid(0))] = reader.GetString(1);
        return names;
    }
}
