using AgreementTracker.Api.Types;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Pagination;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.ReadModels.Agreements;

namespace AgreementTracker.Api.Queries;

/// <summary><c>Query.agreements</c> (filtered, sorted, paged from the read model) and <c>Query.agreement</c>.</summary>
internal static class AgreementQueries
{
    public static SchemaBuilder AddAgreementQueries(this SchemaBuilder builder) => builder
        .AddResolverAsync("Query", "agreements", AgreementsAsync)
        .AddResolverAsync("Query", "agreement", context => Loaders.AgreementAsync(context, Arguments.Id(context, "id")));

    /// <summary>A member's list holds only their organisation's agreements, whatever the filter asks; an administrator's is empty.</summary>
    private static async Task<Connection<AgreementView>> AgreementsAsync(ResolveFieldContext context)
    {
        var arguments = ConnectionArguments.From(context);
        var access = ApiCaller.Of(context).Access;
        if (!access.ReadsEverything && access.MemberOf is null)
            return ConnectionBuilder.FromWindow<AgreementView>([], 0, 0);
        var page = await context.GetService<AgreementReader>().SearchAsync(
            Filter(context) with { VisibleToParty = access.ReadsEverything ? null : access.MemberOf!.Value.Value },
            Order(context),
            total => ConnectionBuilder.Window(arguments, total),
            context.CancellationToken);
        return ConnectionBuilder.FromWindow(page.Items.Select(s => Loaders.View(context, s)).ToList(), page.Offset, page.TotalCount);
    }

    private static AgreementFilter Filter(ResolveFieldContext context)
    {
        if (context.Arguments.GetValueOrDefault("filter") is not IReadOnlyDictionary<string, object?> filter)
            return new AgreementFilter();
        T? Value<T>(string name) where T : struct => filter.GetValueOrDefault(name) is T value ? value : null;
        return new AgreementFilter(
            filter.GetValueOrDefault("partyId") is string party ? Arguments.ParseId(party, "filter.partyId") : null,
            Value<AgreementKind>("kind"),
            Value<AgreementStatus>("status"),
            Arguments.SearchText(filter.GetValueOrDefault("strengthArea") as string, "filter.strengthArea", TextKind.Label, "Styrkepositionen"),
            Value<KpiStatus>("kpiStatus"),
            Arguments.SearchText(filter.GetValueOrDefault("titleContains") as string, "filter.titleContains", TextKind.Title, "Søgeteksten"),
            KpiStatusIn(filter.GetValueOrDefault("kpiStatusIn")),
            Value<bool>("paymentOverdue"),
            Value<bool>("meetingsBehind"),
            Value<DateOnly>("endsOnOrBefore"),
            Value<bool>("amendmentAwaitingAcceptance"));
    }

    /// <summary>An empty list would match no agreement, which is never what a caller means.</summary>
    private static IReadOnlyList<KpiStatus>? KpiStatusIn(object? value)
    {
        if (value is not IEnumerable<object?> list)
            return null;
        var statuses = list.OfType<KpiStatus>().Distinct().ToList();
        return statuses.Count > 0
            ? statuses
            : throw Arguments.BadInput("filter.kpiStatusIn", "Vælg mindst én KPI-status i filter.kpiStatusIn, eller udelad filteret.");
    }

    private static IReadOnlyList<AgreementSort> Order(ResolveFieldContext context)
    {
        if (context.Arguments.GetValueOrDefault("orderBy") is not IEnumerable<object?> order)
            return [];
        return order.OfType<IReadOnlyDictionary<string, object?>>()
            .Select(o => new AgreementSort(
                Enum.Parse<AgreementSortField>(Convert.ToString(o["field"])!, ignoreCase: true),
                Convert.ToString(o.GetValueOrDefault("direction")) == "DESC"))
            .ToList();
    }
}
