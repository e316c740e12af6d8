using System.Collections.Concurrent;

namespace AgreementTracker.GraphQL.DataLoading;

/// <summary>
/// The data loaders of one request. It decides when queued keys are loaded: while the executor is
/// walking the selection synchronously (a "hold"), keys accumulate; when the hold ends, every loader
/// with queued keys dispatches, repeatedly, until none has keys left. Most requests use no loader, so the
/// loaders' table is made on first use.
/// </summary>
public sealed class DataLoaderRegistry(CancellationToken cancellationToken = default)
{
    private ConcurrentDictionary<string, object>? _loaders;
    private readonly Queue<IBatchDispatcher> _ready = new();
    private readonly Lock _gate = new();
    private int _holds;
    private bool _dispatching;

    /// <summary>The request's loader named <paramref name="name"/>, created with <paramref name="batchLoad"/> on first use.</summary>
    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, BatchLoadFunction<TKey, TValue> batchLoad, DataLoaderOptions? options = null)
        where TKey : notnull
    {
        var loaders = LazyInitializer.EnsureInitialized(ref _loaders, static () => new ConcurrentDictionary<string, object>(StringComparer.Ordinal));
        var loader = loaders.GetOrAdd(name, _ => new DataLoader<TKey, TValue>(batchLoad, options, this));
        return loader as DataLoader<TKey, TValue>
            ?? throw new InvalidOperationException($"Data loader \"{name}\" was already created with other key or value types.");
    }

    /// <summary>Defers dispatching until the returned scope is disposed.</summary>
    public HoldScope Hold()
    {
        lock (_gate) _holds++;
        return new HoldScope(this);
    }

    internal void OnFirstKeyQueued(IBatchDispatcher loader)
    {
        bool start;
        lock (_gate)
        {
            _ready.Enqueue(loader);
            start = _holds == 0 && !_dispatching;
            if (start) _dispatching = true;
        }
        // Queued outside any hold (e.g. after an unrelated await): dispatch soon, off this stack.
        if (start) _ = Task.Run(DispatchLoopAsync);
    }

    private void Release()
    {
        bool start;
        lock (_gate)
        {
            _holds--;
            start = _holds == 0 && _ready.Count > 0 && !_dispatching;
            if (start) _dispatching = true;
        }
        if (start) _ = DispatchLoopAsync();
    }

    private async Task DispatchLoopAsync()
    {
        while (true)
        {
            IBatchDispatcher next;
            lock (_gate)
            {
                if (_ready.Count == 0)
                {
                    _dispatching = false;
                    return;
                }
                next = _ready.Dequeue();
            }
            await next.DispatchAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public readonly struct HoldScope(DataLoaderRegistry registry) : IDisposable
    {
        public void Dispose() => registry.Release();
    }
}
