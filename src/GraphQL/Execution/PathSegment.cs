namespace AgreementTracker.GraphQL.Execution;

/// <summary>
/// A field's or list item's place in the response, made into a <see cref="ResponsePath"/> only when
/// something needs one (a resolver's context, an error, the fields of an object or the items of a list),
/// so that leaves, most of a response, allocate no path.
/// </summary>
internal readonly record struct PathSegment(ResponsePath? Parent, PathKey Key)
{
    public ResponsePath ToPath() => new(Parent, Key);
}
