namespace AgreementTracker.GraphQL.Execution;

/// <summary>The path to a field in the response, as a linked list from the leaf back to the root.</summary>
public sealed class ResponsePath
{
    private readonly string? _name;
    private readonly int _index;

    /// <param name="key">A response key (string) or a list index (int).</param>
    public ResponsePath(ResponsePath? previous, object key)
    {
        Previous = previous;
        switch (key)
        {
            case string name:
                _name = name;
                break;
            case int index:
                _index = index;
                break;
            default:
                throw new ArgumentException("A response path key is a response key (string) or a list index (int).", nameof(key));
        }
    }

    public ResponsePath(ResponsePath? previous, string name)
    {
        Previous = previous;
        _name = name;
    }

    /// <summary>A list item's path; the index is boxed only when <see cref="Key"/> is read (for an error).</summary>
    public ResponsePath(ResponsePath? previous, int index)
    {
        Previous = previous;
        _index = index;
    }

    public ResponsePath? Previous { get; }

    /// <summary>A response key (string) or a list index (int).</summary>
    public object Key => _name ?? (object)_index;

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
