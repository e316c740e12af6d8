using System.Collections.Concurrent;

namespace AgreementTracker.GraphQL.Execution;

/// <summary>
/// Parsed-and-checked documents by query text, so a repeated query skips lexing, parsing, limits and
/// validation. Bounded: when full, the oldest entries are dropped first.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<string, PreparedDocument> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _insertionOrder = new();

    public int Count => _entries.Count;

    public bool TryGet(string query, out PreparedDocument prepared) => _entries.TryGetValue(query, out prepared!);

    public void Add(string query, PreparedDocument prepared)
    {
        if (capacity <= 0 || !_entries.TryAdd(query, prepared)) return;
        _insertionOrder.Enqueue(query);
        while (_entries.Count > capacity && _insertionOrder.TryDequeue(out var oldest)) _entries.TryRemove(oldest, out _);
    }
}
