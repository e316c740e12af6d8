using AgreementTracker.TestSupport;
using JasperFx;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace AgreementTracker.Integrity.Tests;

/// <summary>
/// A Marten event store on a fresh database with the metadata the product records (who, correlation, causation,
/// headers) and the integrity layer installed on its tables, as the server sets it up.
/// </summary>
public sealed class MartenHistory : IAsyncDisposable
{
    public const string Schema = "events";

    private MartenHistory(DocumentStore store, NpgsqlDataSource dataSource, FakeTimeProvider clock)
    {
        Store = store;
        DataSource = dataSource;
        Clock = clock;
    }

    public DocumentStore Store { get; }
    public NpgsqlDataSource DataSource { get; }
    public FakeTimeProvider Clock { get; }

    public static async Task<MartenHistory> StartAsync(PostgresDatabaseFixture database, bool installIntegrity = true)
    {
        var dataSource = NpgsqlDataSource.Create(await database.CreateDatabaseAsync());
        var clock = TestClock.Start();
        var store = DocumentStore.For(options =>
        {
            options.Connection(dataSource);
            options.DatabaseSchemaName = Schema;
            options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            options.Events.StreamIdentity = StreamIdentity.AsGuid;
            options.Events.TimeProvider = clock;
            options.Events.MetadataConfig.CorrelationIdEnabled = true;
            options.Events.MetadataConfig.CausationIdEnabled = true;
            options.Events.MetadataConfig.HeadersEnabled = true;
            options.Events.MetadataConfig.UserNameEnabled = true;
            options.Events.AddEventType<CounterStarted>();
            options.Events.AddEventType<Counted>();
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var history = new MartenHistory(store, dataSource, clock);
        if (installIntegrity)
            await history.InstallIntegrityAsync();
        return history;
    }

    public Task InstallIntegrityAsync() => IntegritySchema.InstallAsync(DataSource, Schema);

    public Task<HistoryReport> VerifyAsync(IProgress<VerificationProgress>? progress = null) =>
        HistoryVerifier.VerifyAsync(DataSource, Schema, progress);

    public Task LogUntilAsync(long expected) => IntegrityLog.ExtendUntilAsync(DataSource, expected);

    /// <summary>Three streams of ten events each, written by different people, with a reason that needs escaping.</summary>
    public async Task<List<Guid>> AppendSomeStreamsAsync()
    {
        var ids = new List<Guid>();
        for (var s = 0; s < 3; s++)
        {
            var id = Guid.NewGuid();
            ids.Add(id);
            await AppendAsync(id, $"writer{s}@brn.dk", new CounterStarted($"counter {s}"));
            for (var v = 1; v < 10; v++)
            {
                Clock.Advance(TimeSpan.FromMinutes(1));
                await AppendAsync(id, $"writer{s}@brn.dk", new Counted(v * 1000 + s, "ünïcode \"quoted\" \n ∑ 😀"));
            }
        }
        return ids;
    }

    public async Task AppendAsync(Guid streamId, string user, object @event)
    {
        await using var session = Store.LightweightSession();
        session.LastModifiedBy = user;
        session.CorrelationId = $"correlation-{Guid.NewGuid():N}";
        session.CausationId = "a test";
        session.SetHeader("reason", "Rettet efter \"revision\"\t2026");
        session.Events.Append(streamId, @event);
        await session.SaveChangesAsync();
    }

    /// <summary>What a superuser can do behind the triggers' back.</summary>
    public async Task TamperAsync(string sql)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand($"SET session_replication_role = replica; {sql}; SET session_replication_role = origin", connection);
        Assert.True(await command.ExecuteNonQueryAsync() > 0, $"the tampering changed nothing: {sql}");
    }

    public async Task<long> SequenceOfAsync(Guid streamId, long version)
    {
        await using var command = DataSource.CreateCommand($"SELECT seq_id FROM {Schema}.mt_events WHERE stream_id = $1 AND version = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        command.Parameters.Add(new NpgsqlParameter { Value = version });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        await DataSource.DisposeAsync();
    }
}
