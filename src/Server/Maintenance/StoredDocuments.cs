using Marten;

namespace AgreementTracker.Server.Maintenance;

/// <summary>The documents of a single-stream projection against every stream of its kind folded again by Marten.</summary>
internal static class StoredDocuments
{
    private const int StreamsPerBatch = 200;

    /// <summary>
    /// Folds every stream of <paramref name="kind"/> with <c>AggregateStreamAsync</c>, writes each state as Marten stores it
    /// into a scratch copy of the documents, and compares that with the stored documents.
    /// </summary>
    /// <param name="folded">Called with each batch of folds, with their stream versions.</param>
    public static async Task<(TableDifference Documents, int Streams)> CompareAsync<TState>(
        CheckSnapshot snapshot, Type kind, Func<IReadOnlyList<(TState State, long Version)>, Task>? folded, CancellationToken ct)
        where TState : class
    {
        var live = snapshot.Store.Options.FindOrResolveDocumentType(typeof(TState)).TableName.QualifiedName;
        var scratch = CheckSnapshot.Scratch(live.Split('.')[^1]);
        await using (var create = snapshot.Command($"CREATE TABLE {scratch} AS SELECT id, data FROM {live} WITH NO DATA"))
            await create.ExecuteNonQueryAsync(ct);
        var serializer = snapshot.Store.Options.Serializer();
        var streams = await snapshot.StreamsAsync(kind, ct);
        foreach (var batch in streams.Chunk(StreamsPerBatch))
        {
            var folds = new List<(Guid Id, TState State, long Version)>(batch.Length);
            foreach (var (id, version) in batch)
                if (await snapshot.Session.Events.AggregateStreamAsync<TState>(id, token: ct) is { } state)
                    folds.Add((id, state, version));
            await using var insert = snapshot.Command($"INSERT INTO {scratch} (id, data) SELECT * FROM unnest($1::uuid[], $2::jsonb[])",
                folds.Select(f => f.Id).ToArray(), folds.Select(f => serializer.ToJson(f.State)).ToArray());
            await insert.ExecuteNonQueryAsync(ct);
            if (folded is not null)
                await folded(folds.Select(f => (f.State, f.Version)).ToList());
        }
        var documents = await snapshot.CompareAsync(live, $"SELECT id, data FROM {live}", $"SELECT id, data FROM {scratch}", ct);
        return (documents, streams.Count);
    }
}
