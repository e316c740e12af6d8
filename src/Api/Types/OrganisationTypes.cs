using AgreementTracker.GraphQL.Types;
using AgreementTracker.ReadModels.Organisations;
using AgreementTracker.ReadModels.Portfolios;

namespace AgreementTracker.Api.Types;

/// <summary><c>Organisation</c> from the directory, and its <c>Portfolio</c>; both loaded in batches.</summary>
internal static class OrganisationTypes
{
    public static SchemaBuilder AddOrganisationTypes(this SchemaBuilder builder) => builder
        .FieldAsync<OrganisationEntry, object?>("Organisation", "mergedInto", async (o, ctx) =>
            o.MergedInto is { } into ? await Loaders.OrganisationAsync(ctx, into) : null)
        .FieldAsync<OrganisationEntry, object?>("Organisation", "portfolio", async (o, ctx) =>
            ApiCaller.Of(ctx).Access.FollowsUpOn(new(o.Id))
                ? await Loaders.PortfolioAsync(ctx, o.Id)
                : throw ApiCaller.Forbidden("Du kan kun se porteføljen for din egen organisation."))
        .FieldAsync<Portfolio, object?>("Portfolio", "agreements", async (p, ctx) =>
            (await Task.WhenAll(p.AgreementIds.Select(id => Loaders.AgreementAsync(ctx, id)))).OfType<AgreementView>().ToList())
        .Field<Portfolio>("Portfolio", "activeAgreementCount", p => p.ActiveAgreementCount)
        .Field<Portfolio>("Portfolio", "committedTotal", p => p.Committed)
        .Field<Portfolio>("Portfolio", "invoicedTotal", p => p.Invoiced)
        .Field<Portfolio>("Portfolio", "paidTotal", p => p.Paid)
        .Field<Portfolio>("Portfolio", "outstandingTotal", p => p.Outstanding)
        .Field<Portfolio>("Portfolio", "overdueTotal", p => p.Overdue);
}
