using AgreementTracker.GraphQL.Execution;

namespace AgreementTracker.GraphQL.Pagination;

/// <summary>The standard connection arguments: <c>first</c>/<c>after</c> forwards, <c>last</c>/<c>before</c> backwards.</summary>
public sealed record ConnectionArguments(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    public static ConnectionArguments From(ResolveFieldContext context) => new(
        context.GetArgument<int?>("first"),
        context.GetArgument<string?>("after"),
        context.GetArgument<int?>("last"),
        context.GetArgument<string?>("before"));

    internal void Validate()
    {
        if (First < 0) throw new GraphQLError("Argument \"first\" must be a non-negative integer.", code: ErrorCodes.BadUserInput);
        if (Last < 0) throw new GraphQLError("Argument \"last\" must be a non-negative integer.", code: ErrorCodes.BadUserInput);
    }
}
