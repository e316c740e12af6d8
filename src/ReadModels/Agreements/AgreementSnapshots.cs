using Npgsql;

namespace AgreementTracker.ReadModels.Agreements;

/// <summary>Reads snapshots from a query whose first three columns are id, version and the state as text.</summary>
internal static class AgreementSnapshots
{
    public static async Task<Dictionary<Guid, AgreementSnapshot>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var snapshots = new Dictionary<Guid, AgreementSnapshot>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            snapshots[reader.GetGuid(0)] = new AgreementSnapshot(AgreementStateJson.Deserialize(reader.GetString(2)), reader.GetInt64(1));
        return snapshots;
    }
}
