using System.Text.Json;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.ReadModels.Agreements;
using Marten;
using Npgsql;

namespace AgreementTracker.Server.Integrity;

/// <summary>
/// The streams an export holds, whole, and each one's state as the read side holds it (for the verifier to replay the
/// events against): an agreement with its parties' organisations, an organisation with the agreements it is party to,
/// or every stream.
/// </summary>
public sealed record ExportSelection(string Description, IReadOnlyCollection<Guid>? Streams, IReadOnlyDictionary<Guid, JsonElement> States)
{
    public static async Task<ExportSelection> ResolveAsync(IDocumentStore store, NpgsqlDataSource dataSource, ExportScope scope, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var states = new Dictionary<Guid, JsonElement>();
        switch (scope.Of)
        {
            case ExportScope.Kind.Agreement:
            {
                var agreement = await session.LoadAsync<AgreementState>(AgreementId.From(scope.Id!.Value), ct)
                    ?? throw new UnknownExportIdException($"there is no agreement with the id {scope.Id}.");
                states[scope.Id.Value] = JsonSerializer.SerializeToElement(agreement);
                foreach (var party in agreement.Parties.Select(p => p.Organisation).Distinct())
                    states[party.Value] = JsonSerializer.SerializeToElement(await session.LoadAsync<OrganisationState>(party, ct));
                return new($"agreement {scope.Id} ({agreement.Title}) and its {agreement.Parties.Count} parties", states.Keys, states);
            }
            case ExportScope.Kind.Organisation:
            {
                var organisation = await session.LoadAsync<OrganisationState>(OrganisationId.From(scope.Id!.Value), ct)
                    ?? throw new UnknownExportIdException($"there is no organisation with the id {scope.Id}.");
                states[scope.Id.Value] = JsonSerializer.SerializeToElement(organisation);
                var agreements = await AgreementsOfPartyAsync(dataSource, scope.Id.Value, ct);
                foreach (var id in agreements)
                    states[id] = JsonSerializer.SerializeToElement(await session.LoadAsync<AgreementState>(AgreementId.From(id), ct));
                return new($"organisation {scope.Id} ({organisation.Name}) and the {agreements.Count} agreements it is party to", states.Keys, states);
            }
            default:
            {
                foreach (var agreement in await session.Query<AgreementState>().ToListAsync(ct))
                    states[agreement.Id.Value] = JsonSerializer.SerializeToElement(agreement);
                foreach (var organisation in await session.Query<OrganisationState>().ToListAsync(ct))
                    states[organisation.Id.Value] = JsonSerializer.SerializeToElement(organisation);
                return new("the whole history", null, states);
            }
        }
    }

    private static async Task<List<Guid>> AgreementsOfPartyAsync(NpgsqlDataSource dataSource, Guid organisation, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"SELECT agreement_id FROM {FollowUpTables.PartyTable} WHERE party_id = $1 ORDER BY agreement_id");
        command.Parameters.Add(new NpgsqlParameter { Value = organisation });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var agreements = new List<Guid>();
        while (await reader.ReadAsync(ct))
            agreements.Add(reader.GetGuid(0));
        return agreements;
    }
}
