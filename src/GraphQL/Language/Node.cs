namespace AgreementTracker.GraphQL.Language;

/// <summary>Base of every syntax tree node; each carries where it came from in the source.</summary>
public abstract class Node(Location location)
{
    public Location Location { get; } = location;
}

public sealed class NameNode(string value, Location location) : Node(location)
{
    public string Value { get; } = value;

    public override string ToString() => Value;
}

public sealed class DocumentNode(IReadOnlyList<DefinitionNode> definitions, Location location, SourceText source) : Node(location)
{
    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;

    public SourceText Source { get; } = source;

    /// <summary>
    /// True when the parser met no variable anywhere in the document, so validation need not look for
    /// variable usages; false when it did or when the document was not parsed here.
    /// </summary>
    internal bool ParsedWithoutVariables { get; init; }
}

public abstract class DefinitionNode(Location location) : Node(location);

public sealed class DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments, Location location) : Node(location)
{
    public NameNode Name { get; } = name;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
}

public sealed class ArgumentNode(NameNode name, ValueNode value, Location location) : Node(location)
{
    public NameNode Name { get; } = name;
    public ValueNode Value { get; } = value;
}
