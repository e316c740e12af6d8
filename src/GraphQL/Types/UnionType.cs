namespace AgreementTracker.GraphQL.Types;

public sealed class UnionType(string name, string? description = null) : NamedType(name, description)
{
    private readonly List<ObjectType> _types = [];

    public IReadOnlyList<ObjectType> Types => _types;

    public TypeResolver? ResolveType { get; internal set; }

    internal void AddType(ObjectType type) => _types.Add(type);
}
