using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using Marten;

namespace AgreementTracker.Deadlines.Handling;

/// <summary>Every organisation's name as Marten's organisation documents hold it now, for the texts and decisions that name them.</summary>
internal static class CurrentOrganisationNames
{
    public static async Task<IReadOnlyDictionary<OrganisationId, string>> LoadAsync(IQuerySession session, CancellationToken ct) =>
        (await session.Query<OrganisationState>().ToListAsync(ct)).ToDictionary(o => o.Id, o => o.Name);
}
