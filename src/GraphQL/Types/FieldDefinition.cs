using AgreementTracker.GraphQL.Execution;

namespace AgreementTracker.GraphQL.Types;

/// <summary>Reads a field's value from parents of one CLR type; <see cref="Read"/> is null when the type has no such member.</summary>
internal sealed record MemberAccessor(Type SourceType, Func<object, object?>? Read);

/// <summary>A field of an object or interface type, with its arguments and the resolver bound to it.</summary>
public sealed class FieldDefinition(string name, GraphQLType type, string? description, IReadOnlyList<InputValueDefinition> arguments, string? deprecationReason)
{
    public string Name { get; } = name;
    public GraphQLType Type { get; internal set; } = type;
    public string? Description { get; } = description;
    public IReadOnlyList<InputValueDefinition> Arguments { get; } = arguments;
    public string? DeprecationReason { get; } = deprecationReason;
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Produces the field's value; null means the default resolver (property or dictionary key of the parent).</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>For subscription root fields: produces the source event stream.</summary>
    public SubscriptionResolver? Subscriber { get; internal set; }

    /// <summary>The CLR member reader the default resolver last used for this field (most fields see one parent CLR type).</summary>
    internal MemberAccessor? DefaultAccessor { get; set; }

    /// <summary>What the field counts against a request's cost budget.</summary>
    public int Cost { get; internal set; } = 1;

    public InputValueDefinition? GetArgument(string argumentName)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == argumentName) return argument;
        }
        return null;
    }
}
