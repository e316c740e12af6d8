using Npgsql;

namespace AgreementTracker.EventStore;

/// <summary>
/// The event store's entry point (Marten's DocumentStore role): configured once with event types,
/// folds and projections, shared by the whole process. Sessions write; the read methods here read.
/// </summary>
public sealed class StreamStore
{
    public StreamStore(NpgsqlDataSource dataSource, EventStoreOptions options)
    {
        DataSource = dataSource ?? throw new ArgumentNullException(nameof(dataSource));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        Reader = new StoreReader(this);
        Projections = new ProjectionAdmin(this);
    }

    public NpgsqlDataSource DataSource { get; }
    public EventStoreOptions Options { get; }
    /// <summary>Projection tables, status, dead letters.</summary>
    public ProjectionAdmin Projections { get; }
    internal StoreReader Reader { get; }
    internal StreamHeadCache Heads { get; } = new();

    /// <summary>Applies the schema migrations and creates missing projection tables. Safe to run on several nodes at once.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await SchemaMigrator.ApplyAsync(DataSource, cancellationToken);
        await Projections.EnsureTablesAsync(cancellationToken);
    }

    public EventSession OpenSession(EventMetadata? metadata = null) => new(this, metadata ?? EventMetadata.Empty, null);

    /// <summary>A session that writes inside the caller's transaction (e.g. with an outbox row) and leaves committing to the caller.</summary>
    public EventSession OpenSession(NpgsqlTransaction transaction, EventMetadata? metadata = null) =>
        new(this, metadata ?? EventMetadata.Empty, transaction ?? throw new ArgumentNullException(nameof(transaction)));

    /// <summary>A stream's events in version order, optionally a version range and only those appended at or before <paramref name="asOf"/>.</summary>
    public async Task<IReadOnlyList<EventEnvelope>> FetchStreamAsync(
        Guid streamId, long? fromVersion = null, long? toVersion = null, DateTimeOffset? asOf = null, CancellationToken cancellationToken = default)
    {
        var events = await Reader.FetchStreamAsync(streamId, fromVersion, toVersion, asOf, cancellationToken);
        if (events.Count == 0 && !await Reader.StreamExistsAsync(streamId, cancellationToken))
            throw new UnknownStreamException(streamId);
        return events;
    }

    /// <summary>
    /// Up to <paramref name="max"/> committed events with a global sequence of at least <paramref name="fromSequence"/>.
    /// Sequences are taken before commit, so a reader that must not skip late commits follows the store with a projection instead.
    /// </summary>
    public async Task<IReadOnlyList<EventEnvelope>> ReadAllAsync(long fromSequence, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return await Reader.ReadAllAsync(fromSequence, max, cancellationToken);
    }

    /// <summary>
    /// What the first SaveChanges with this command id wrote, or null if no such command was saved.
    /// A command handler asks this before deciding, so that a repeated command returns its first
    /// result instead of being decided again against the state it already changed.
    /// </summary>
    public async Task<AppendResult?> FindCommandResultAsync(Guid commandId, CancellationToken cancellationToken = default)
    {
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        return await Reader.TryReadCommandResultAsync(connection, null, commandId, cancellationToken);
    }

    /// <summary>The stream folded with the registered fold for <typeparamref name="TState"/>; default when the stream has no events in range.</summary>
    public Task<TState?> AggregateStreamAsync<TState>(Guid streamId, long? version = null, DateTimeOffset? timestamp = null, CancellationToken cancellationToken = default) =>
        AggregateStreamAsync(Options.FoldFor<TState>(), streamId, version, timestamp, cancellationToken);

    public async Task<TState?> AggregateStreamAsync<TState>(
        Fold<TState> fold, Guid streamId, long? version = null, DateTimeOffset? timestamp = null, CancellationToken cancellationToken = default)
    {
        var loaded = await Reader.LoadAsync(streamId, version, timestamp, null, cancellationToken);
        return loaded.Events.Count == 0 ? default : fold.Apply(loaded.Events);
    }

    /// <summary>Recomputes every stream's hash chain and reports the first event that does not match.</summary>
    public Task<IntegrityReport> VerifyIntegrityAsync(IProgress<IntegrityProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new IntegrityVerifier(this).VerifyAsync(progress, cancellationToken);

    public ProjectionDaemon CreateDaemon(DaemonOptions? options = null) => new(this, options ?? new DaemonOptions());
}
