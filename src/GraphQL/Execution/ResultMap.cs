using System.Diagnostics.CodeAnalysis;

namespace AgreementTracker.GraphQL.Execution;

/// <summary>
/// One object of the response data: its values in response order beside the response keys, which every
/// object of the same selection shares, instead of a hash table per object.
/// </summary>
internal sealed class ResultMap(string[] keys, object?[] values) : IReadOnlyDictionary<string, object?>
{
    public string[] Keys => keys;

    public object?[] Values => values;

    public int Count => keys.Length;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    IEnumerable<string> IReadOnlyDictionary<string, object?>.Keys => keys;

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => values;

    public bool ContainsKey(string key) => Array.IndexOf(keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(keys, key);
        value = index >= 0 ? values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < keys.Length; i++) yield return new KeyValuePair<string, object?>(keys[i], values[i]);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
