using AgreementTracker.Agreements.Changes;
using AgreementTracker.Agreements.FollowUp;
using AgreementTracker.Agreements.Lifecycle;
using AgreementTracker.Agreements.Organisations;
using AgreementTracker.Domain;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Integrity;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Organisations;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;
using Weasel.Core;

namespace AgreementTracker.Agreements;

/// <summary>
/// The event store as this application uses Marten: one stream per agreement and per organisation, the domain's event
/// types under their stored names, who/correlation/causation/reason recorded with every event, time from the
/// application's clock, and kept inline: the aggregates the commands decide against, the follow-up tables and the
/// organisation directory (the tables of <c>src/ReadModels</c>, written by its code).
/// </summary>
public static class AgreementsModule
{
    /// <summary>The PostgreSQL schema of Marten's tables; the integrity layer guards its event table.</summary>
    public const string Schema = "events";

    public static StoreOptions ConfigureAgreements(this StoreOptions options, TimeProvider clock)
    {
        options.DatabaseSchemaName = Schema;
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString);
        options.Events.StreamIdentity = StreamIdentity.AsGuid;
        options.Events.TimeProvider = clock;
        options.Events.MetadataConfig.CorrelationIdEnabled = true;
        options.Events.MetadataConfig.CausationIdEnabled = true;
        options.Events.MetadataConfig.HeadersEnabled = true;
        options.Events.MetadataConfig.UserNameEnabled = true;
        foreach (var (type, name) in DomainEvents.All)
            options.Events.MapEventType(type, name);
        options.Events.EnableSideEffectsOnInlineProjections = true;   // the follow-up tables, see AgreementProjection
        options.Projections.Add(new AgreementProjection(clock), ProjectionLifecycle.Inline);
        options.Storage.ExtendedSchemaObjects.AddRange(FollowUpTables.Definitions.Select(t => new ReadModelTable(t)));
        options.Projections.Add(new OrganisationProjection(), ProjectionLifecycle.Inline);
        var directory = new ReadModelTable(OrganisationDirectoryTable.Definition);
        // Its rows are inserted event by event, so a rebuild must start from an empty table.
        options.Projections.Add(new OrganisationDirectory(), ProjectionLifecycle.Inline, OrganisationDirectory.ProjectionName,
            rebuild => rebuild.DeleteDataInTableOnTeardown(directory.Identifier.QualifiedName));
        options.Storage.ExtendedSchemaObjects.Add(directory);
        options.Storage.ExtendedSchemaObjects.Add(new ReadModelTable(NotificationTable.Definition));
        options.Schema.For<CommandReceipt>();
        return options;
    }

    /// <summary>
    /// Creates or updates Marten's tables (the read models' among them), then installs the hash chain and append-only
    /// guards. Servers starting together on one database take turns (an advisory lock), since Marten compares and
    /// creates without one and two of them would both try to create the same table.
    /// </summary>
    public static async Task ApplySchemaAsync(this IDocumentStore store, NpgsqlDataSource dataSource, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({SchemaLock})", connection))
            await take.ExecuteNonQueryAsync(ct);
        try
        {
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            await using (var upgrade = new NpgsqlCommand(DropStateFromSummaries, connection))
                await upgrade.ExecuteNonQueryAsync(ct);
            await using (var upgrade = new NpgsqlCommand(AddAmendmentsAwaitingAcceptance, connection))
                await upgrade.ExecuteNonQueryAsync(ct);
            await IntegritySchema.InstallAsync(dataSource, Schema, ct);
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({SchemaLock})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Databases made before 05-12-2026 also kept each agreement's state in its summary row; Marten's document is the
    /// one copy now (<see cref="FollowUpTables.AgreementDocuments"/>). Checked first, so a current database takes no table lock.
    /// </summary>
    private static readonly string DropStateFromSummaries = $$"""
        DO $$ BEGIN
            IF EXISTS (SELECT FROM information_schema.columns
                       WHERE table_schema = 'public' AND table_name = '{{FollowUpTables.SummaryTable}}' AND column_name = 'state') THEN
                ALTER TABLE public.{{FollowUpTables.SummaryTable}} DROP COLUMN state;
            END IF;
        END $$
        """;

    /// <summary>
    /// Databases made before 05-12-2026 (evening) lack the summaries' count of amendments awaiting acceptance. Their rows are
    /// marked as assessed on no day at all, so the daily refresh (which runs at start-up and before a projection check)
    /// rewrites each from its agreement's state; until then the count reads 0. Checked first, like the column above.
    /// </summary>
    private static readonly string AddAmendmentsAwaitingAcceptance = $$"""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM information_schema.columns
                           WHERE table_schema = 'public' AND table_name = '{{FollowUpTables.SummaryTable}}'
                             AND column_name = 'amendments_awaiting_acceptance') THEN
                ALTER TABLE public.{{FollowUpTables.SummaryTable}} ADD COLUMN amendments_awaiting_acceptance int NOT NULL DEFAULT 0;
                ALTER TABLE public.{{FollowUpTables.SummaryTable}} ALTER COLUMN amendments_awaiting_acceptance DROP DEFAULT;
                UPDATE public.{{FollowUpTables.SummaryTable}} SET assessed_on = '-infinity';
            END IF;
        END $$
        """;

    /// <summary>The advisory lock key servers take turns on while applying the schema ("AT schema" in ASCII).</summary>
    private const long SchemaLock = 0x4154_2073_6368_656D;
}
