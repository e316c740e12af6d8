namespace AgreementTracker.GraphQL.Execution;

/// <summary>The path to a field in the response, as a linked list from the leaf back to the root.</summary>
public sealed class ResponsePath
{
    private readonly PathKey _key;

    /// <param name="key">A response key (string) or a list index (int).</param>
    public ResponsePath(ResponsePath? previous, object key)
        : this(previous, key switch
        {
            string name => (PathKey)name,
            int index => (PathKey)index,
            _ => throw new ArgumentException("A response path key is a response key (string) or a list index (int).", nameof(key)),
        })
    {
    }

    internal ResponsePath(ResponsePath? previous, PathKey key)
    {
        Previous = previous;
        _key = key;
    }

    public ResponsePath? Previous { get; }

    /// <summary>A response key (string) or a list index (int); an index is boxed only when read (for an error).</summary>
    public object Key => _key.Boxed;

    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var node = this; node is not null; node = node.Previous) depth++;
        var keys = new object[depth];
        for (var node = this; node is not null; node = node.Previous) keys[--depth] = node.Key;
        return keys;
    }

    public override string ToString() => string.Join(".", ToList());
}
