namespace AgreementTracker.GraphQL.Types;

/// <summary>Thrown by <see cref="SchemaBuilder.Build"/> when the SDL or the bindings do not form a valid schema.</summary>
public sealed class SchemaValidationException(IReadOnlyList<GraphQLError> errors)
    : Exception("The GraphQL schema is invalid:\n" + string.Join("\n", errors.Select(Describe)))
{
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;

    private static string Describe(GraphQLError error) =>
        error.Locations is { Count: > 0 } locations
            ? $"- {error.Message} ({locations[0].Line}:{locations[0].Column})"
            : $"- {error.Message}";
}
