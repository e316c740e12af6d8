namespace AgreementTracker.GraphQL.Execution;

/// <summary>The path to a field in the response, as a linked list from the leaf back to the root.</summary>
public sealed class ResponsePath(ResponsePath? previous, object key)
{
    public ResponsePath? Previous { get; } = previous;

    /// <summary>A response key (string) or a list index (int).</summary>
    public object Key { get; } = key;

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
