namespace AgreementTracker.GraphQL.Types;

/// <summary>Any type of the type system: a named type, or a list or non-null wrapper around one.</summary>
public abstract class GraphQLType
{
    /// <summary>The innermost named type.</summary>
    public abstract NamedType GetNamedType();

    /// <summary>The type without a non-null wrapper.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    public bool IsInputType => GetNamedType() is ScalarType or EnumType or InputObjectType;

    public bool IsOutputType => GetNamedType() is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;

    /// <summary>Type reference text, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}

public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override NamedType GetNamedType() => OfType.GetNamedType();

    public override string ToString() => $"[{OfType}]";
}

public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType) throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override NamedType GetNamedType() => OfType.GetNamedType();

    public override string ToString() => $"{OfType}!";
}

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType(string name, string? description) : GraphQLType
{
    public string Name { get; } = name;

    public string? Description { get; internal set; } = description;

    public override NamedType GetNamedType() => this;

    public override string ToString() => Name;
}
