namespace AgreementTracker.GraphQL.Language;

/// <summary>A type reference in a document: <c>Name</c>, <c>[T]</c> or <c>T!</c>.</summary>
public abstract class TypeNode(Location location) : Node(location)
{
    /// <summary>The innermost named type.</summary>
    public abstract NamedTypeNode NamedType { get; }
}

public sealed class NamedTypeNode(NameNode name, Location location) : TypeNode(location)
{
    public NameNode Name { get; } = name;
    public override NamedTypeNode NamedType => this;
}

public sealed class ListTypeNode(TypeNode type, Location location) : TypeNode(location)
{
    public TypeNode Type { get; } = type;
    public override NamedTypeNode NamedType => Type.NamedType;
}

public sealed class NonNullTypeNode(TypeNode type, Location location) : TypeNode(location)
{
    /// <summary>A named or list type; never another non-null type.</summary>
    public TypeNode Type { get; } = type;
    public override NamedTypeNode NamedType => Type.NamedType;
}
