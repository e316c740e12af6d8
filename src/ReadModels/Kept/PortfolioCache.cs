using System.Collections.Concurrent;

namespace AgreementTracker.ReadModels.Kept;

/// <summary>
/// Portfolios, their KPI rows and their ledger lines as last read, per organisation, so a dashboard opened again and
/// again does not add up hundreds of agreements each time. Any change forgets all of it: one command can move an
/// agreement into or out of any organisation's portfolio.
/// </summary>
internal sealed class PortfolioCache
{
    /// <summary>Entries kept at most (organisations times the three parts); full, it starts over.</summary>
    private const int Capacity = 3_000;

    private readonly ConcurrentDictionary<(Guid Organisation, Type Part), object> _entries = new();
    private readonly HeardChanges _heard;

    public PortfolioCache(HeardChanges heard)
    {
        _heard = heard;
        heard.OnChange(_ => _entries.Clear());
    }

    public bool TryGet<T>(Guid organisationId, out T value) where T : class
    {
        var found = _entries.TryGetValue((organisationId, typeof(T)), out var held);
        value = found ? (T)held! : null!;
        return found;
    }

    /// <param name="readAt">The <see cref="HeardChanges.Generation"/> taken before the read began.</param>
    public void Keep<T>(Guid organisationId, T value, long readAt) where T : class =>
        _heard.KeepIf(readAt, () =>
        {
            if (_entries.Count >= Capacity)
                _entries.Clear();
            _entries[(organisationId, typeof(T))] = value;
        });

    public long Generation => _heard.Generation;

    public async Task<T> GetOrReadAsync<T>(Guid organisationId, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
        where T : class
    {
        if (TryGet<T>(organisationId, out var held))
            return held;
        var readAt = Generation;
        var value = await read(cancellationToken);
        Keep(organisationId, value, readAt);
        return value;
    }
}
