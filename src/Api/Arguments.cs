using AgreementTracker.GraphQL;
using AgreementTracker.GraphQL.Execution;

namespace AgreementTracker.Api;

/// <summary>
/// Field arguments the schema's types cannot check. Ids in this API are the UUIDs of streams; anything else is the
/// caller's mistake, refused with <c>BAD_USER_INPUT</c> naming the argument.
/// </summary>
public static class Arguments
{
    public static Guid Id(ResolveFieldContext context, string name) => ParseId(context.GetArgument<string>(name), name);

    public static Guid? OptionalId(ResolveFieldContext context, string name) =>
        context.GetArgument<string?>(name) is { } text ? ParseId(text, name) : null;

    /// <param name="argument">How the caller wrote the argument, e.g. <c>filter.partyId</c>.</param>
    public static Guid ParseId(string text, string argument) =>
        Guid.TryParse(text, out var id)
            ? id
            : throw BadInput(argument, $"Argument \"{argument}\" must be an id (a UUID such as 3f2c8a1e-0b6d-4c1e-9a7f-2d5e8b9c0a14), not \"{text}\".");

    public static GraphQLError BadInput(string argument, string message) =>
        new(message, code: ErrorCodes.BadUserInput, extensions: new Dictionary<string, object?> { ["argument"] = argument });
}
