using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object type.</summary>
public sealed class InputValueDefinition(string name, GraphQLType type, string? description, ValueNode? defaultValue, string? deprecationReason)
{
    public string Name { get; } = name;
    public GraphQLType Type { get; internal set; } = type;
    public string? Description { get; } = description;

    /// <summary>The default value as written in SDL; null when there is none.</summary>
    public ValueNode? DefaultValue { get; } = defaultValue;

    public bool HasDefaultValue => DefaultValue is not null;
    public string? DeprecationReason { get; } = deprecationReason;
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The default value coerced for <see cref="Type"/>, computed once when the schema is built.</summary>
    public object? CoercedDefaultValue { get; internal set; }
}
