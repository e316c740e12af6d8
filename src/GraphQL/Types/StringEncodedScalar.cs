using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Types;

/// <summary>
/// A scalar written as a string on the wire (dates, instants): input must be a string that
/// <see cref="Parse"/> accepts, and a literal's parse error points at the literal.
/// </summary>
public abstract class StringEncodedScalar<T>(string name) : ScalarType(name)
{
    /// <summary>Reads the text, or throws a <see cref="GraphQLError"/> located at <paramref name="node"/> when given.</summary>
    protected abstract T Parse(string text, ValueNode? node = null);

    public override object? ParseValue(object? value) =>
        value is string text ? Parse(text) : throw new GraphQLError($"{Name} cannot represent a non string value: {Inspect.Value(value)}");

    public override object? ParseLiteral(ValueNode value) =>
        value is StringValueNode text
            ? Parse(text.Value, value)
            : throw new GraphQLError($"{Name} cannot represent a non string value: {Printer.Print(value)}", GraphQLError.LocationsOf(value));
}
