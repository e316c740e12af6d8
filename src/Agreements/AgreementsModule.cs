using AgreementTracker.Agreements.Lifecycle;
using AgreementTracker.Agreements.Organisations;
using AgreementTracker.Domain;
using AgreementTracker.Integrity;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;
using Weasel.Core;

namespace AgreementTracker.Agreements;

/// <summary>
/// The event store as this application uses Marten: one stream per agreement and per organisation, the domain's event
/// types under their stored names, who/correlation/causation/reason recorded with every event, time from the
/// application's clock, and the aggregates the commands decide against kept inline.
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
        options.Projections.Add(new AgreementProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new OrganisationProjection(), ProjectionLifecycle.Inline);
        return options;
    }

    /// <summary>Creates or updates Marten's tables, then installs the hash chain and append-only guards on them.</summary>
    public static async Task ApplySchemaAsync(this IDocumentStore store, NpgsqlDataSource dataSource, CancellationToken ct = default)
    {
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await IntegritySchema.InstallAsync(dataSource, Schema, ct);
    }
}
