namespace AgreementTracker.GraphQL.Language;

/// <summary>
/// A type-system definition or extension. Extensions (<c>extend type ...</c>) share the shape of
/// definitions, minus the description, so they are the same node classes with <see cref="IsExtension"/> set.
/// </summary>
public abstract class TypeSystemNode(StringValueNode? description, IReadOnlyList<DirectiveNode> directives, bool isExtension, Location location)
    : DefinitionNode(location)
{
    public StringValueNode? Description { get; } = description;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public bool IsExtension { get; } = isExtension;
}

public sealed class SchemaDefinitionNode(
    StringValueNode? description,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
    bool isExtension,
    Location location) : TypeSystemNode(description, directives, isExtension, location)
{
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
}

public sealed class OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type, Location location) : Node(location)
{
    public OperationType Operation { get; } = operation;
    public NamedTypeNode Type { get; } = type;
}

public abstract class TypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, bool isExtension, Location location)
    : TypeSystemNode(description, directives, isExtension, location)
{
    public NameNode Name { get; } = name;
}

public sealed class ScalarTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, bool isExtension, Location location)
    : TypeDefinitionNode(description, name, directives, isExtension, location);

/// <summary>Object and interface types share fields and implemented interfaces.</summary>
public abstract class FieldsContainerDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    bool isExtension,
    Location location) : TypeDefinitionNode(description, name, directives, isExtension, location)
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}

public sealed class ObjectTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    bool isExtension,
    Location location) : FieldsContainerDefinitionNode(description, name, interfaces, directives, fields, isExtension, location);

public sealed class InterfaceTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    bool isExtension,
    Location location) : FieldsContainerDefinitionNode(description, name, interfaces, directives, fields, isExtension, location);

public sealed class FieldDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    TypeNode type,
    IReadOnlyList<DirectiveNode> directives,
    Location location) : Node(location)
{
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;
    public TypeNode Type { get; } = type;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

public sealed class InputValueDefinitionNode(
    StringValueNode? description,
    NameNode name,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives,
    Location location) : Node(location)
{
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public TypeNode Type { get; } = type;
    public ValueNode? DefaultValue { get; } = defaultValue;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

public sealed class UnionTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types,
    bool isExtension,
    Location location) : TypeDefinitionNode(description, name, directives, isExtension, location)
{
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
}

public sealed class EnumTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values,
    bool isExtension,
    Location location) : TypeDefinitionNode(description, name, directives, isExtension, location)
{
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
}

public sealed class EnumValueDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, Location location)
    : Node(location)
{
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

public sealed class InputObjectTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields,
    bool isExtension,
    Location location) : TypeDefinitionNode(description, name, directives, isExtension, location)
{
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
}

public sealed class DirectiveDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    bool repeatable,
    IReadOnlyList<NameNode> locations,
    Location location) : TypeSystemNode(description, [], false, location)
{
    public NameNode Name { get; } = name;
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;
    public bool Repeatable { get; } = repeatable;
    public IReadOnlyList<NameNode> Locations { get; } = locations;
}
