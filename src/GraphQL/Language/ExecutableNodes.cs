namespace AgreementTracker.GraphQL.Language;

public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

public sealed class OperationDefinitionNode(
    OperationType operation,
    NameNode? name,
    IReadOnlyList<VariableDefinitionNode> variableDefinitions,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location) : DefinitionNode(location)
{
    public OperationType Operation { get; } = operation;
    public NameNode? Name { get; } = name;
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode SelectionSet { get; } = selectionSet;
}

public sealed class VariableDefinitionNode(
    VariableNode variable,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives,
    Location location) : Node(location)
{
    public VariableNode Variable { get; } = variable;
    public TypeNode Type { get; } = type;
    public ValueNode? DefaultValue { get; } = defaultValue;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

public sealed class SelectionSetNode(IReadOnlyList<SelectionNode> selections, Location location) : Node(location)
{
    public IReadOnlyList<SelectionNode> Selections { get; } = selections;
}

public abstract class SelectionNode(IReadOnlyList<DirectiveNode> directives, Location location) : Node(location)
{
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

public sealed class FieldNode(
    NameNode? alias,
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode? selectionSet,
    Location location) : SelectionNode(directives, location)
{
    public NameNode? Alias { get; } = alias;
    public NameNode Name { get; } = name;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
    public SelectionSetNode? SelectionSet { get; } = selectionSet;

    /// <summary>The key this field has in the response: its alias, or else its name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

public sealed class FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location location)
    : SelectionNode(directives, location)
{
    public NameNode Name { get; } = name;
}

public sealed class InlineFragmentNode(
    NamedTypeNode? typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location) : SelectionNode(directives, location)
{
    public NamedTypeNode? TypeCondition { get; } = typeCondition;
    public SelectionSetNode SelectionSet { get; } = selectionSet;
}

public sealed class FragmentDefinitionNode(
    NameNode name,
    NamedTypeNode typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location) : DefinitionNode(location)
{
    public NameNode Name { get; } = name;
    public NamedTypeNode TypeCondition { get; } = typeCondition;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode SelectionSet { get; } = selectionSet;
}
