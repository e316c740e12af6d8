using AgreementTracker.Api.Types;
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

    /// <summary>Those who do not read everything see the history of the agreements they see, and of no organisation; any other stream is as if empty.</summary>
    private static async Task<Connection<AuditEntry>> TimelineAsync(ResolveFieldContext context)
    {
        var arguments = ConnectionArguments.From(context);
        var streamId = Arguments.Id(context, "streamId");
        if (!await Loaders.SeesAgreementAsync(context, streamId))
            return ConnectionBuilder.FromWindow<AuditEntry>([], 0, 0);
        var page = await context.GetService<TimelineReader>().PageAsync(
            streamId,
            total => ConnectionBuilder.Window(arguments, total),
            context.CancellationToken);
        return ConnectionBuilder.FromWindow(page.Items, page.Offset, page.TotalCount);
    }
}
