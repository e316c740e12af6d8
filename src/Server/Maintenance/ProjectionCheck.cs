using System.Globalization;
using AgreementTracker.Agreements.Audit;
using AgreementTracker.Agreements.Lifecycle;
using AgreementTracker.Agreements.Organisations;
using AgreementTracker.ReadModels;
using AgreementTracker.ReadModels.Agreements;
using Marten;
using Npgsql;

namespace AgreementTracker.Server.Maintenance;

/// <summary><c>projections check</c>: each projection rebuilt into scratch and compared with what is live; 2 when any differs.</summary>
internal static class ProjectionCheck
{
    public static async Task<int> RunAsync(
        IDocumentStore store, NpgsqlDataSource dataSource, IReadOnlyList<string> names, TimeProvider clock, TextWriter output, CancellationToken ct)
    {
        // The follow-up rows are assessed on a date; bring them to today first, so they are compared with a rebuild made today.
        var today = Today.On(clock);
        var refreshed = await FollowUpRefresh.RefreshAsync(dataSource, today, ct);
        if (refreshed > 0)
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Re-assessed {refreshed} agreements on {today:dd-MM-yyyy} before comparing."));

        var consistent = true;
        foreach (var name in names)
        {
            await using var snapshot = await CheckSnapshot.OpenAsync(store, dataSource, ct);
            var report = await CheckAsync(snapshot, name, today, ct);
            await output.WriteLineAsync(report.ToString());
            consistent &= report.Consistent;
        }
        return consistent ? 0 : 2;
    }

    private static Task<ProjectionCheckReport> CheckAsync(CheckSnapshot snapshot, string name, DateOnly today, CancellationToken ct) =>
        ProjectionNames.SourceOf(snapshot.Store, name) switch
        {
            AgreementProjection => DocumentChecks.AgreementsAsync(snapshot, name, today, ct),
            OrganisationProjection => DocumentChecks.OrganisationsAsync(snapshot, name, ct),
            _ when name == OrganisationDirectory.ProjectionName => ReplayChecks.OrganisationDirectoryAsync(snapshot, name, ct),
            _ when name == AuditTimeline.ProjectionName => ReplayChecks.AuditTimelineAsync(snapshot, name, ct),
            _ => throw new UnknownProjectionException($"projection '{name}' has no check."),
        };
}
