using AgreementTracker.Domain.Common;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.ReadModels;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Organisations;
using AgreementTracker.ReadModels.Portfolios;

namespace AgreementTracker.Api.Types;

/// <summary>
/// The request's data loaders over the readers: every organisation, agreement or portfolio asked for while a
/// selection is resolved is fetched in one query, so a list of agreements with their parties costs two queries, not N+1.
/// </summary>
public static class Loaders
{
    public static Task<OrganisationEntry?> OrganisationAsync(ResolveFieldContext context, OrganisationId id) => OrganisationAsync(context, id.Value);

    public static Task<OrganisationEntry?> OrganisationAsync(ResolveFieldContext context, Guid id) =>
        context.DataLoaders
            .GetOrAdd<Guid, OrganisationEntry>("organisations", (ids, ct) => context.GetService<OrganisationReader>().LoadManyAsync(ids, ct))
            .LoadAsync(id);

    public static async Task<IReadOnlyList<OrganisationEntry>> OrganisationsAsync(ResolveFieldContext context, IEnumerable<OrganisationId> ids)
    {
        var entries = await Task.WhenAll(ids.Select(id => OrganisationAsync(context, id)));
        return entries.OfType<OrganisationEntry>().ToList();
    }

    /// <summary>
    /// The agreement as the live read model holds it, assessed today; null when there is none, or when the caller may
    /// not see it, so that every path to an agreement by its id answers alike for both.
    /// </summary>
    public static async Task<AgreementView?> AgreementAsync(ResolveFieldContext context, Guid id)
    {
        var snapshot = await context.DataLoaders
            .GetOrAdd<Guid, AgreementSnapshot>("agreements", (ids, ct) => context.GetService<AgreementReader>().LoadManyAsync(ids, ct))
            .LoadAsync(id);
        return snapshot is null || !ApiCaller.Of(context).Access.Sees(snapshot.State) ? null : View(context, snapshot);
    }

    /// <summary>
    /// Whether the caller may see the agreement with this id, for the paths that read it from elsewhere than the live
    /// read model (its events, the audit timeline, notifications): always for those who read everything, so that these
    /// answer while the read model is rebuilt; else as <see cref="AgreementAsync"/> finds it.
    /// </summary>
    public static async Task<bool> SeesAgreementAsync(ResolveFieldContext context, Guid id) =>
        ApiCaller.Of(context).Access.ReadsEverything || await AgreementAsync(context, id) is not null;

    public static Task<Portfolio?> PortfolioAsync(ResolveFieldContext context, Guid organisationId) =>
        context.DataLoaders
            .GetOrAdd<Guid, Portfolio>("portfolios", (ids, ct) => context.GetService<PortfolioReader>().LoadManyAsync(ids, ct))
            .LoadAsync(organisationId);

    /// <summary>A live snapshot as the <c>Agreement</c> type's source, its time-dependent figures assessed on the clock's today.</summary>
    public static AgreementView View(ResolveFieldContext context, AgreementSnapshot snapshot) =>
        new(snapshot.State, snapshot.Version, Today.On(context.GetService<TimeProvider>()));
}
