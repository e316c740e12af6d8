using AgreementTracker.Agreements.FollowUp;
using AgreementTracker.ReadModels.Audit;
using JasperFx.Events.Projections;
using Marten;

namespace AgreementTracker.Agreements.Audit;

/// <summary>The audit feature's part of the Marten configuration.</summary>
public static class AuditModule
{
    /// <summary>
    /// Adds the audit timeline as an async projection named <see cref="AuditTimeline.ProjectionName"/>, and its tables
    /// (created by <c>ApplySchemaAsync</c>, emptied by Marten before a rebuild replays every event into them).
    /// </summary>
    public static StoreOptions AddAuditTimeline(this StoreOptions options)
    {
        var tables = AuditTimelineTables.Definitions.Select(t => new ReadModelTable(t)).ToArray();
        options.Projections.Add(new AuditTimeline(), ProjectionLifecycle.Async, AuditTimeline.ProjectionName, daemon =>
        {
            // Each batch reads every organisation and the states of the agreements it continues: fewer, larger batches
            // read them less often, which is what catching up on an imported history spends its time on.
            daemon.BatchSize = AuditTimeline.BatchSize;
            foreach (var table in tables)
                daemon.DeleteDataInTableOnTeardown(table.Identifier.QualifiedName);
        });
        options.Storage.ExtendedSchemaObjects.AddRange(tables);
        return options;
    }
}
