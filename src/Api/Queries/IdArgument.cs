using AgreementTracker.GraphQL;
using AgreementTracker.GraphQL.Execution;

namespace AgreementTracker.Api.Queries;

/// <summary>Ids in this API are the UUIDs of streams; anything else is the caller's mistake, named by its argument.</summary>
public static class IdArgument
{
    public static Guid Get(ResolveFieldContext context, string name) => Parse(context.GetArgument<string>(name), name);

    /// <param name="argument">How the caller wrote the argument, e.g. <c>filter.partyId</c>.</param>
    public static Guid Parse(string text, string argument) =>
        Guid.TryParse(text, out var id)
            ? id
            : throw new GraphQLError($"Argument \"{argument}\" must be an id (a UUID such as 3f2c8a1e-0b6d-4c1e-9a7f-2d5e8b9c0a14), not \"{text}\".", code: ErrorCodes.BadUserInput);
}
