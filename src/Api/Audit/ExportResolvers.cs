using AgreementTracker.Domain.Common;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.Api.Types;
using AgreementTracker.Integrity.Log;
using Npgsql;

namespace AgreementTracker.Api.Audit;

/// <summary>
/// <c>agreementExport</c> and <c>organisationExport</c>: where to download a history to take away, and the newest signed
/// checkpoint, under the rules the download itself keeps (those who see an agreement; an organisation's own members).
/// </summary>
internal static class ExportResolvers
{
    public static SchemaBuilder AddHistoryExports(this SchemaBuilder builder) => builder
        .AddResolverAsync("Query", "agreementExport", async ctx =>
        {
            var id = Arguments.Id(ctx, "id");
            return await Loaders.AgreementAsync(ctx, id) is null ? null : await ExportAsync(ctx, $"/export/agreements/{id}");
        })
        .AddResolverAsync("Query", "organisationExport", async ctx =>
        {
            var id = Arguments.Id(ctx, "id");
            if (!ApiCaller.Of(ctx).Access.FollowsUpOn(new OrganisationId(id)))
                throw ApiCaller.Forbidden("Du kan kun hente din egen organisations historik.");
            return await Loaders.OrganisationAsync(ctx, id) is null ? null : await ExportAsync(ctx, $"/export/organisations/{id}");
        });

    private static async Task<HistoryExportView> ExportAsync(ResolveFieldContext ctx, string downloadPath) =>
        new(downloadPath, await TransparencyLog.ReadLargestCheckpointAsync(ctx.GetService<NpgsqlDataSource>(), ctx.CancellationToken) is { } c
            ? new SignedCheckpointView(c.Size, Convert.ToBase64String(c.Root), c.SignedAt, c.KeyId)
            : null);

    private sealed record HistoryExportView(string DownloadPath, SignedCheckpointView? Checkpoint);

    private sealed record SignedCheckpointView(long Size, string Root, DateTimeOffset SignedAt, string KeyId);
}
