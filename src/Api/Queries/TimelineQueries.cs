using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Pagination;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.ReadModels.Audit;

namespace AgreementTracker.Api.Queries;

/// <summary><c>Query.timeline</c>: a stream's audit entries, oldest first, from the (asynchronous) audit timeline.</summary>
internal static class TimelineQueries
{
    public static SchemaBuilder AddTimelineQueries(this SchemaBuilder builder) =>
        builder.AddResolverAsync("Query", "timeline", TimelineAsync);

    private static async Task<Connection<AuditEntry>> TimelineAsync(ResolveFieldContext context)
    {
        var arguments = ConnectionArguments.From(context);
        var page = await context.GetService<TimelineReader>().PageAsync(
            Arguments.Id(context, "streamId"),
            total => ConnectionBuilder.Window(arguments, total),
            context.CancellationToken);
        return ConnectionBuilder.FromWindow(page.Items, page.Offset, page.TotalCount);
    }
}
