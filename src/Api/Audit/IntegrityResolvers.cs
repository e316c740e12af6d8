using AgreementTracker.EventStore;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Audit;

/// <summary><c>verifyHistory</c>: recompute every stream's hash chain, the auditor's proof that nothing was altered.</summary>
internal static class IntegrityResolvers
{
    public static SchemaBuilder AddIntegrityCheck(this SchemaBuilder builder) => builder
        .AddResolverAsync("Query", "verifyHistory", async ctx =>
        {
            var report = await ctx.GetService<StreamStore>().VerifyIntegrityAsync(cancellationToken: ctx.CancellationToken);
            return new IntegrityReportView(report.IsIntact, report.EventsChecked, report.FirstViolation is { } v ? BrokenLinkView.Of(v) : null);
        });

    private sealed record IntegrityReportView(bool Intact, long EventsVerified, BrokenLinkView? FirstBrokenLink);

    private sealed record BrokenLinkView(Guid StreamId, long Version, string? Position, string Problem, string? ExpectedHash, string? ActualHash)
    {
        public static BrokenLinkView Of(IntegrityViolation violation) => new(
            violation.StreamId, violation.Version, violation.Sequence?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            violation.Problem, violation.ExpectedHash, violation.ActualHash);
    }
}
