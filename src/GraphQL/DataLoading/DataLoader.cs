namespace AgreementTracker.GraphQL.DataLoading;

/// <summary>Loads the values of many keys in one call; keys without a value are simply absent from the result.</summary>
public delegate Task<IReadOnlyDictionary<TKey, TValue>> BatchLoadFunction<TKey, TValue>(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    where TKey : notnull;

public sealed record DataLoaderOptions
{
    /// <summary>Largest number of keys per batch call; 0 means unlimited.</summary>
    public int MaxBatchSize { get; init; }

    /// <summary>Whether a key asked for twice in one request is loaded once.</summary>
    public bool CacheResults { get; init; } = true;
}

/// <summary>
/// The DataLoader pattern: <see cref="LoadAsync"/> queues a key and returns a task; queued keys are
/// loaded together in one batch call when the request's execution has nothing else to do, so a list
/// of N items costs one batch instead of N calls.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IBatchDispatcher where TKey : notnull
{
    private readonly BatchLoadFunction<TKey, TValue> _batchLoad;
    private readonly DataLoaderOptions _options;
    private readonly DataLoaderRegistry _registry;
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _cache = [];
    private List<(TKey Key, TaskCompletionSource<TValue?> Promise)> _queue = [];

    internal DataLoader(BatchLoadFunction<TKey, TValue> batchLoad, DataLoaderOptions? options, DataLoaderRegistry registry)
    {
        _batchLoad = batchLoad;
        _options = options ?? new DataLoaderOptions();
        _registry = registry;
    }

    /// <summary>Number of batch calls made so far.</summary>
    public int BatchCount { get; private set; }

    public Task<TValue?> LoadAsync(TKey key)
    {
        TaskCompletionSource<TValue?> promise;
        bool first;
        lock (_cache)
        {
            if (_options.CacheResults && _cache.TryGetValue(key, out var cached)) return cached.Task;
            promise = new TaskCompletionSource<TValue?>();
            if (_options.CacheResults) _cache[key] = promise;
            first = _queue.Count == 0;
            _queue.Add((key, promise));
        }
        if (first) _registry.OnFirstKeyQueued(this);
        return promise.Task;
    }

    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        var tasks = keys.Select(LoadAsync).ToList();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    async Task IBatchDispatcher.DispatchAsync(CancellationToken cancellationToken)
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Promise)> batch;
        lock (_cache)
        {
            batch = _queue;
            _queue = [];
        }
        var size = _options.MaxBatchSize > 0 ? _options.MaxBatchSize : Math.Max(batch.Count, 1);
        for (var start = 0; start < batch.Count; start += size)
        {
            var slice = batch.GetRange(start, Math.Min(size, batch.Count - start));
            await LoadSliceAsync(slice, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task LoadSliceAsync(List<(TKey Key, TaskCompletionSource<TValue?> Promise)> slice, CancellationToken cancellationToken)
    {
        BatchCount++;
        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            var keys = new List<TKey>(slice.Count);
            foreach (var (key, _) in slice) keys.Add(key);
            values = await _batchLoad(keys, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            using (_registry.Hold())
            {
                foreach (var (_, promise) in slice) promise.TrySetException(exception);
            }
            return;
        }
        // Completing the promises runs the waiting resolvers inline; holding makes the keys they queue wait for the next round.
        using (_registry.Hold())
        {
            foreach (var (key, promise) in slice) promise.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
        }
    }
}

internal interface IBatchDispatcher
{
    Task DispatchAsync(CancellationToken cancellationToken);
}
