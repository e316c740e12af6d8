using System.Text.Json;
using Npgsql;

namespace AgreementTracker.EventStore;

/// <summary>
/// Writes one SaveChanges call: the command-log row, new and advanced stream rows, and every event
/// (as unnest arrays, one statement each) in one round trip and one transaction; inline projections
/// run in that transaction too. The unique (stream_id, version) constraint is what makes exactly one
/// of two writers at the same expected version win.
/// </summary>
internal sealed class AppendWriter(StreamStore store, RecordingTime recording, NpgsqlTransaction? externalTransaction)
{
    private const string SavepointName = "eventstore_append";

    private readonly EventMetadata metadata = recording.Metadata;

    public async Task<AppendResult> WriteAsync(IReadOnlyList<PendingStream> streams, CancellationToken cancellationToken)
    {
        var timestamp = recording.Timestamp;
        var canonicalMetadata = MetadataJson.ToCanonicalJson(metadata);
        var serialized = streams.ToDictionary(s => s.Id, s => s.Events.Select(e => Serialize(s.Id, e)).ToList());

        var connection = externalTransaction?.Connection;
        var ownsConnection = connection is null;
        connection ??= await store.DataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            Dictionary<Guid, StreamHead> heads;
            try
            {
                heads = await ResolveHeadsAsync(connection, streams, cancellationToken);
            }
            catch (ConcurrencyException) when (metadata.CommandId is not null)
            {
                var repeated = await RepeatedCommandAsync(connection, cancellationToken);
                if (repeated is null) throw;
                return repeated;
            }
            if (recording.IsBackdated)
                await RefuseImportBeforeLastEventAsync(connection, streams, cancellationToken);
            var plan = AppendPlan.Build(streams, serialized, heads, canonicalMetadata, timestamp);
            var result = await ExecuteAsync(connection, plan, cancellationToken);
            // Inside a caller's transaction nothing is committed yet, so nothing may be cached.
            if (externalTransaction is null && !result.IsDuplicate)
                foreach (var (streamId, head) in plan.Heads)
                    store.Heads.Remember(streamId, head);
            return result;
        }
        finally
        {
            if (ownsConnection)
                await connection.DisposeAsync();
        }
    }

    private SerializedEvent Serialize(Guid streamId, object @event)
    {
        var eventType = store.Options.Events.ForClrType(@event.GetType());
        var json = CanonicalJson.Canonicalize(JsonSerializer.SerializeToUtf8Bytes(@event, @event.GetType(), store.Options.Events.SerializerOptions));
        if (json.Length > store.Options.MaxEventSizeBytes)
            throw new EventTooLargeException(streamId, eventType.Name, json.Length, store.Options.MaxEventSizeBytes);
        return new SerializedEvent(@event, eventType, json);
    }

    /// <summary>
    /// The version and last hash each appended stream chains onto: from the head cache if it is at the
    /// expected version, otherwise read now. Inside a caller's transaction the heads are always read,
    /// and the transaction must not have written yet (see <see cref="RefuseAppendAfterOtherWrites"/>).
    /// </summary>
    private async Task<Dictionary<Guid, StreamHead>> ResolveHeadsAsync(
        NpgsqlConnection connection, IReadOnlyList<PendingStream> streams, CancellationToken cancellationToken)
    {
        var appended = streams.Where(s => !s.IsNew).ToList();
        var heads = new Dictionary<Guid, StreamHead>();
        var toRead = new List<Guid>();
        foreach (var stream in appended)
        {
            if (externalTransaction is null && store.Heads.TryGet(stream.Id, stream.ExpectedVersion, out var known))
                heads[stream.Id] = known;
            else
                toRead.Add(stream.Id);
        }
        if (toRead.Count == 0)
            return heads;

        await using (var command = new NpgsqlCommand("""
            SELECT pg_current_xact_id_if_assigned() IS NOT NULL, s.id, s.version, s.last_hash
            FROM (VALUES (1)) AS one LEFT JOIN eventstore.streams s ON s.id = ANY($1)
            """, connection, externalTransaction))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = toRead.ToArray() });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                RefuseAppendAfterOtherWrites(reader.GetBoolean(0));
                if (reader.IsDBNull(1))
                    continue;
                var head = new StreamHead(reader.GetInt64(2), reader.GetFieldValue<byte[]>(3));
                heads[reader.GetGuid(1)] = head;
                if (externalTransaction is null)
                    store.Heads.Remember(reader.GetGuid(1), head);
            }
        }
        foreach (var stream in appended)
        {
            if (!heads.TryGetValue(stream.Id, out var head))
                throw new UnknownStreamException(stream.Id);
            if (head.Version != stream.ExpectedVersion)
                throw new ConcurrencyException(stream.Id, stream.ExpectedVersion, head.Version);
        }
        return heads;
    }

    /// <summary>
    /// The daemon orders events by inserting transaction. A transaction that wrote before reading a
    /// stream's head could have an older id than the transaction that wrote that head, and a projection
    /// would then see the stream's events out of order; so appends to existing streams come first.
    /// </summary>
    private void RefuseAppendAfterOtherWrites(bool transactionHasWritten)
    {
        if (transactionHasWritten && externalTransaction is not null)
            throw new InvalidOperationException(
                "Append to existing streams before any other write in the transaction (including another SaveChanges): " +
                "projections order events by transaction, and a transaction that wrote before reading a stream could be ordered before that stream's earlier events.");
    }

    private async Task<AppendResult> ExecuteAsync(NpgsqlConnection connection, AppendPlan plan, CancellationToken cancellationToken)
    {
        var inline = store.Options.Projections.Inline;
        var ownTransaction = externalTransaction is null && inline.Count > 0
            ? await connection.BeginTransactionAsync(cancellationToken)
            : null;
        var transaction = externalTransaction ?? ownTransaction;
        try
        {
            await using var batch = new NpgsqlBatch(connection, transaction);
            if (externalTransaction is not null)
                batch.BatchCommands.Add(new NpgsqlBatchCommand($"SAVEPOINT {SavepointName}"));
            if (metadata.CommandId is { } commandId)
                batch.BatchCommands.Add(AppendCommands.RecordCommand(commandId, plan.Appended));
            if (plan.NewStreams.Count > 0)
                batch.BatchCommands.Add(AppendCommands.InsertStreams(plan));
            if (plan.AdvancedStreams.Count > 0)
                batch.BatchCommands.Add(AppendCommands.AdvanceStreams(plan));
            batch.BatchCommands.Add(AppendCommands.InsertEvents(plan));
            await batch.PrepareAsync(cancellationToken);

            var sequences = new long[plan.Events.Count];
            await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
            {
                var i = 0;
                while (await reader.ReadAsync(cancellationToken))
                    sequences[i++] = reader.GetInt64(0);
            }

            if (inline.Count > 0)
                await ApplyInlineAsync(connection, transaction!, plan, sequences, inline, cancellationToken);
            if (ownTransaction is not null)
                await ownTransaction.CommitAsync(cancellationToken);

            return new AppendResult(plan.Appended, sequences[0], sequences[^1], false);
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await RollBackAsync(ownTransaction);
            return await ExplainConflictAsync(connection, error, plan, cancellationToken);
        }
        catch
        {
            await RollBackAsync(ownTransaction);
            throw;
        }
        finally
        {
            if (ownTransaction is not null)
                await ownTransaction.DisposeAsync();
        }
    }

    private async Task ApplyInlineAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, AppendPlan plan, long[] sequences,
        IReadOnlyList<IProjection> projections, CancellationToken cancellationToken)
    {
        var metadataObject = metadata;
        var envelopes = plan.Events.Select((e, i) => new EventEnvelope(
            sequences[i], e.StreamId, e.Version, e.Serialized.Type.Name, e.Serialized.Type.SchemaVersion,
            e.Serialized.Event, metadataObject, plan.Timestamp)).ToList();
        foreach (var projection in projections)
            await projection.ApplyAsync(envelopes, ProjectionContext.Live(projection, connection, transaction), cancellationToken);
    }

    private async Task RollBackAsync(NpgsqlTransaction? ownTransaction)
    {
        if (ownTransaction is not null)
            await ownTransaction.RollbackAsync(CancellationToken.None);
        else if (externalTransaction is not null)
            await externalTransaction.RollbackAsync(SavepointName, CancellationToken.None);
    }

    /// <summary>Turns a unique violation into what happened: a repeated command, an existing stream, or a lost race.</summary>
    private async Task<AppendResult> ExplainConflictAsync(NpgsqlConnection connection, PostgresException error, AppendPlan plan, CancellationToken cancellationToken)
    {
        switch (error.ConstraintName)
        {
            case "command_log_pkey":
                return await RepeatedCommandAsync(connection, cancellationToken)
                    ?? throw new InvalidOperationException($"Command {metadata.CommandId} was reported as already applied, but its record could not be read.", error);
            case "streams_pkey":
            {
                var versions = await store.Reader.ReadVersionsAsync(connection, externalTransaction, plan.NewStreams.Select(s => s.Id), cancellationToken);
                var existing = plan.NewStreams.First(s => versions.ContainsKey(s.Id));
                throw new StreamAlreadyExistsException(existing.Id, versions[existing.Id]);
            }
            case "events_stream_version_unique":
            {
                var versions = await store.Reader.ReadVersionsAsync(connection, externalTransaction, plan.AdvancedStreams.Select(s => s.Id), cancellationToken);
                var lost = plan.AdvancedStreams.FirstOrDefault(s => versions.GetValueOrDefault(s.Id) != s.ExpectedVersion) ?? plan.AdvancedStreams[0];
                store.Heads.Forget(lost.Id);
                throw new ConcurrencyException(lost.Id, lost.ExpectedVersion, versions.GetValueOrDefault(lost.Id));
            }
            default:
                throw error;
        }
    }

    /// <summary>
    /// Time travel reads a stream up to a timestamp, so a stream's events must be in time order: history
    /// is imported oldest first. A concurrent append in between is caught by the expected version.
    /// </summary>
    private async Task RefuseImportBeforeLastEventAsync(NpgsqlConnection connection, IReadOnlyList<PendingStream> streams, CancellationToken cancellationToken)
    {
        var existing = streams.Where(s => !s.IsNew).Select(s => s.Id).ToArray();
        if (existing.Length == 0)
            return;
        await using var command = new NpgsqlCommand(
            "SELECT id, updated_at FROM eventstore.streams WHERE id = ANY($1) AND updated_at > $2 LIMIT 1", connection, externalTransaction);
        command.Parameters.Add(new NpgsqlParameter { Value = existing });
        command.Parameters.Add(new NpgsqlParameter { Value = recording.Timestamp });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
            throw new ArgumentException(
                $"Stream {reader.GetGuid(0)} already has events recorded at {reader.GetFieldValue<DateTimeOffset>(1):u}; " +
                $"history is imported oldest first, so events recorded at {recording.Timestamp:u} cannot follow them.");
    }

    /// <summary>The first result of this session's command id, if that command was already written.</summary>
    private async Task<AppendResult?> RepeatedCommandAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        metadata.CommandId is { } commandId
            ? await store.Reader.TryReadCommandResultAsync(connection, externalTransaction, commandId, cancellationToken)
            : null;
}
