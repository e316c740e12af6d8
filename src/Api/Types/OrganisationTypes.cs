using AgreementTracker.Domain.FollowUp;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Pagination;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.ReadModels.Organisations;
using AgreementTracker.ReadModels.Portfolios;

namespace AgreementTracker.Api.Types;

/// <summary>
/// <c>Organisation</c> from the directory, and its <c>Portfolio</c>; both loaded in batches. The portfolio's lists are
/// pages: its agreements a window of the ids it holds, its KPIs and ledger lines windows of the flat follow-up rows.
/// </summary>
internal static class OrganisationTypes
{
    public static SchemaBuilder AddOrganisationTypes(this SchemaBuilder builder) => builder
        .FieldAsync<OrganisationEntry, object?>("Organisation", "mergedInto", async (o, ctx) =>
            o.MergedInto is { } into ? await Loaders.OrganisationAsync(ctx, into) : null)
        .FieldAsync<OrganisationEntry, object?>("Organisation", "portfolio", async (o, ctx) =>
            ApiCaller.Of(ctx).Access.FollowsUpOn(new(o.Id))
                ? await Loaders.PortfolioAsync(ctx, o.Id)
                : throw ApiCaller.Forbidden("Du kan kun se porteføljen for din egen organisation."))
        .FieldAsync<Portfolio, object?>("Portfolio", "agreements", AgreementsAsync)
        .FieldAsync<Portfolio, object?>("Portfolio", "kpis", async (p, ctx) => await KpisAsync(p, ctx))
        .FieldAsync<Portfolio, object?>("Portfolio", "ledger", async (p, ctx) => await LedgerAsync(p, ctx))
        .Field<Portfolio>("Portfolio", "activeAgreementCount", p => p.ActiveAgreementCount)
        .Field<Portfolio>("Portfolio", "committedTotal", p => p.Committed)
        .Field<Portfolio>("Portfolio", "invoicedTotal", p => p.Invoiced)
        .Field<Portfolio>("Portfolio", "paidTotal", p => p.Paid)
        .Field<Portfolio>("Portfolio", "outstandingTotal", p => p.Outstanding)
        .Field<Portfolio>("Portfolio", "overdueTotal", p => p.Overdue)
        .Field<PortfolioKpi>("PortfolioKpi", "id", k => k.KpiId)
        .Field<PortfolioKpi>("PortfolioKpi", "code", k => k.Code)
        .Field<PortfolioKpi>("PortfolioKpi", "name", k => k.Name)
        .Field<PortfolioKpi>("PortfolioKpi", "status", k => k.Status)
        .Field<PortfolioKpi>("PortfolioKpi", "trend", k => k.Trend)
        .Field<PortfolioKpi>("PortfolioKpi", "latestPeriod", k => k.LatestPeriod)
        .Field<PortfolioKpi>("PortfolioKpi", "latestValue", k => k.LatestValue)
        .Field<PortfolioKpi>("PortfolioKpi", "progress", k => k.Progress)
        .Field<PortfolioKpi>("PortfolioKpi", "expectedProgress", k => k.ExpectedProgress)
        .FieldAsync<PortfolioKpi, object?>("PortfolioKpi", "agreement", async (k, ctx) => await Loaders.AgreementAsync(ctx, k.AgreementId))
        .FieldAsync<PortfolioKpi, object?>("PortfolioKpi", "kpi", async (k, ctx) =>
            await Loaders.AgreementAsync(ctx, k.AgreementId) is { } agreement ? AgreementType.Kpis(agreement).FirstOrDefault(v => v.Kpi.Id.Value == k.KpiId) : null)
        .FieldAsync<PortfolioLedgerLine, object?>("PortfolioLedgerLine", "agreement", async (l, ctx) => await Loaders.AgreementAsync(ctx, l.AgreementId))
        .Field<PortfolioLedgerLine>("PortfolioLedgerLine", "year", l => l.Year)
        .Field<PortfolioLedgerLine>("PortfolioLedgerLine", "committed", l => l.Committed)
        .Field<PortfolioLedgerLine>("PortfolioLedgerLine", "invoiced", l => l.Invoiced)
        .Field<PortfolioLedgerLine>("PortfolioLedgerLine", "paid", l => l.Paid)
        .Field<PortfolioLedgerLine>("PortfolioLedgerLine", "outstanding", l => l.Outstanding)
        .Field<PortfolioLedgerLine>("PortfolioLedgerLine", "overdue", l => l.Overdue);

    private static async Task<object?> AgreementsAsync(Portfolio portfolio, ResolveFieldContext context)
    {
        var (offset, limit) = ConnectionBuilder.Window(ConnectionArguments.From(context), portfolio.AgreementIds.Count);
        var window = await Task.WhenAll(portfolio.AgreementIds.Skip(offset).Take(limit).Select(id => Loaders.AgreementAsync(context, id)));
        return ConnectionBuilder.FromWindow(window.OfType<AgreementView>().ToList(), offset, portfolio.AgreementIds.Count);
    }

    private static async Task<Connection<PortfolioKpi>> KpisAsync(Portfolio portfolio, ResolveFieldContext context)
    {
        var arguments = ConnectionArguments.From(context);
        var statuses = context.Arguments.GetValueOrDefault("status") is IEnumerable<object?> list ? list.OfType<KpiStatus>().ToList() : [];
        var page = await context.GetService<PortfolioReader>().KpisAsync(
            portfolio.OrganisationId, statuses, total => ConnectionBuilder.Window(arguments, total), context.CancellationToken);
        return ConnectionBuilder.FromWindow(page.Items, page.Offset, page.TotalCount);
    }

    private static async Task<Connection<PortfolioLedgerLine>> LedgerAsync(Portfolio portfolio, ResolveFieldContext context)
    {
        var arguments = ConnectionArguments.From(context);
        var page = await context.GetService<PortfolioReader>().LedgerAsync(
            portfolio.OrganisationId, total => ConnectionBuilder.Window(arguments, total), context.CancellationToken);
        return ConnectionBuilder.FromWindow(page.Items, page.Offset, page.TotalCount);
    }
}
