using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Types;

public sealed class DirectiveDefinition(
    string name,
    string? description,
    IReadOnlyList<InputValueDefinition> arguments,
    IReadOnlyList<DirectiveLocation> locations,
    bool isRepeatable)
{
    public string Name { get; } = name;
    public string? Description { get; } = description;
    public IReadOnlyList<InputValueDefinition> Arguments { get; } = arguments;
    public IReadOnlyList<DirectiveLocation> Locations { get; } = locations;
    public bool IsRepeatable { get; } = isRepeatable;

    /// <summary>Directive deprecation is a graphql-js extension; SDL cannot set it yet, so it is always null here.</summary>
    public string? DeprecationReason => null;

    public bool IsDeprecated => DeprecationReason is not null;

    public InputValueDefinition? GetArgument(string argumentName)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == argumentName) return argument;
        }
        return null;
    }
}
