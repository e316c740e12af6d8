namespace AgreementTracker.GraphQL.Execution;

/// <summary>
/// A field's or list item's place in the response, made into a <see cref="ResponsePath"/> only when
/// something needs one (a resolver's context, an error, the fields of an object or the items of a list),
/// so that leaves, most of a response, allocate no path.
/// </summary>
internal readonly struct PathSegment
{
    private readonly string? _name;
    private readonly int _index;

    public PathSegment(ResponsePath? parent, string name)
    {
        Parent = parent;
        _name = name;
    }

    public PathSegment(ResponsePath? parent, int index)
    {
        Parent = parent;
        _index = index;
    }

    public ResponsePath? Parent { get; }

    public ResponsePath ToPath() => _name is not null ? new ResponsePath(Parent, _name) : new ResponsePath(Parent, _index);
}
