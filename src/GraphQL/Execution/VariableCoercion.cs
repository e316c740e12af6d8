using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Execution;

/// <summary>The specification's CoerceVariableValues, with graphql-js's error messages.</summary>
internal static class VariableCoercion
{
    private const int MaxErrors = 50;

    public static IReadOnlyDictionary<string, object?> Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> inputs,
        List<GraphQLError> errors)
    {
        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count);
        foreach (var definition in operation.VariableDefinitions)
        {
            if (errors.Count >= MaxErrors)
            {
                errors.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted.", code: ErrorCodes.BadUserInput));
                break;
            }
            var name = definition.Variable.Name.Value;
            var type = TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(Error($"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.", definition.Type));
                continue;
            }
            if (!inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    if (LiteralValues.TryCoerce(definition.DefaultValue, type, null, out var defaultValue)) coerced[name] = defaultValue;
                }
                else if (type is NonNullType)
                {
                    errors.Add(Error($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
                }
                continue;
            }
            if (value is null && type is NonNullType)
            {
                errors.Add(Error($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
                continue;
            }
            coerced[name] = InputCoercion.Coerce(value, type, (path, invalidValue, error) =>
            {
                var prefix = $"Variable \"${name}\" got invalid value {Inspect.Value(invalidValue)}";
                if (path.Count > 0) prefix += $" at \"{name}{PrintPath(path)}\"";
                errors.Add(Error(prefix + "; " + error.Message, definition));
            });
        }
        return coerced;
    }

    /// <summary>The schema type a type reference names, or null when the named type does not exist.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } inner ? new ListType(inner) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };

    private static string PrintPath(IReadOnlyList<object> path) =>
        string.Concat(path.Select(key => key is int index ? $"[{index}]" : $".{key}"));

    private static GraphQLError Error(string message, Node node) =>
        new(message, GraphQLError.LocationsOf(node), code: ErrorCodes.BadUserInput);
}
