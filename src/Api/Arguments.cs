using AgreementTracker.Domain.Common;
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
            : throw BadInput(argument, $"Argument \"{argument}\" must be an id (a UUID such as 3f2c8a1e-0b6d-4c1e-9a7f-2d5e8b9c0a14), not \"{Input.Echo(text)}\".");

    /// <summary>
    /// Text to search for (a name or title, or part of one): held to the input rules of that kind of text, so a
    /// control character or a megabyte never reaches the database, and normalised to NFC like the stored text.
    /// </summary>
    public static string? SearchText(string? text, string argument, TextKind kind, string label)
    {
        if (text is null)
            return null;
        var checkedText = Input.Text(kind, argument, label, text);
        return checkedText.IsSuccess ? checkedText.Value : throw BadInput(argument, checkedText.Error.Message);
    }

    public static GraphQLError BadInput(string argument, string message) =>
        new(message, code: ErrorCodes.BadUserInput, extensions: new Dictionary<string, object?> { ["argument"] = argument });
}
