using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Types;

/// <summary>
/// A leaf type. Subclasses define result coercion (<see cref="Serialize"/>) and input coercion from
/// variables (<see cref="ParseValue"/>) and from literals (<see cref="ParseLiteral"/>); each throws
/// <see cref="GraphQLError"/> for a value it cannot represent. The base class passes values through,
/// which is how a scalar declared in SDL behaves when no implementation is bound to it.
/// </summary>
public class ScalarType(string name, string? description = null, string? specifiedByUrl = null) : NamedType(name, description)
{
    public string? SpecifiedByUrl { get; internal set; } = specifiedByUrl;

    public virtual object? Serialize(object? value) => value;

    public virtual object? ParseValue(object? value) => value;

    public virtual object? ParseLiteral(ValueNode value) => LiteralValues.Untyped(value, null);
}
