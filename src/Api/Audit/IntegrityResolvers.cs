using System.Globalization;
using AgreementTracker.Agreements;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.Integrity;
using Npgsql;

namespace AgreementTracker.Api.Audit;

/// <summary><c>verifyHistory</c>: recompute every stream's hash chain, the auditor's proof that nothing was altered.</summary>
internal static class IntegrityResolvers
{
    public static SchemaBuilder AddIntegrityCheck(this SchemaBuilder builder) => builder
        .AddResolverAsync("Query", "verifyHistory", async ctx =>
        {
            if (!ApiCaller.Of(ctx).Access.ReadsEverything)
                throw ApiCaller.Forbidden("Kun BRN's koordinatorer og revisorer kan efterprøve hele historikken, da den omfatter alle aftaler.");
            var report = await HistoryVerifier.VerifyAsync(ctx.GetService<NpgsqlDataSource>(), AgreementsModule.Schema, ct: ctx.CancellationToken);
            return new IntegrityReportView(report.IsIntact, report.EventsVerified, report.FirstBrokenLink is { } link ? BrokenLinkView.Of(link) : null);
        });

    private sealed record IntegrityReportView(bool Intact, long EventsVerified, BrokenLinkView? FirstBrokenLink);

    private sealed record BrokenLinkView(Guid StreamId, long Version, string? Position, string Problem, string? ExpectedHash, string? ActualHash)
    {
        public static BrokenLinkView Of(BrokenLink link) => new(
            link.StreamId, link.Version, link.Sequence?.ToString(CultureInfo.InvariantCulture), link.Problem, link.ExpectedHash, link.StoredHash);
    }
}
