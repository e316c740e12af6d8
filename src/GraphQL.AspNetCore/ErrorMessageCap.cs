using AgreementTracker.GraphQL.Execution;

namespace AgreementTracker.GraphQL.AspNetCore;

/// <summary>
/// Keeps error messages short on the wire. The engine quotes a bad value in its coercion messages, as graphql-js does
/// ("Variable "$n" got invalid value "…""), and a resolver may do the same; a client that sent five megabytes must not
/// get them back. A message longer than <see cref="GraphQLServerOptions.MaxErrorMessageLength"/> is cut there and says so.
/// </summary>
internal static class ErrorMessageCap
{
    public static ExecutionResult Apply(ExecutionResult result, int maxLength)
    {
        if (result.Errors is not { } errors || errors.All(e => e.Message.Length <= maxLength)) return result;
        var capped = Apply(errors, maxLength)!;
        var shortened = result.HasData ? ExecutionResult.FromData(result.Data, capped) : ExecutionResult.FromRequestErrors(capped, result.ErrorKind);
        shortened.Extensions = result.Extensions;
        return shortened;
    }

    public static IReadOnlyList<GraphQLError>? Apply(IReadOnlyList<GraphQLError>? errors, int maxLength) =>
        errors?.Select(e => e.Message.Length <= maxLength ? e : new GraphQLError(Cut(e.Message, maxLength), e.Locations, e.Path, e.Code, e.InnerException, e.Extensions)).ToList();

    private static string Cut(string message, int maxLength)
    {
        var keep = Math.Max(1, maxLength);
        if (keep > 1 && char.IsHighSurrogate(message[keep - 1])) keep--;
        return $"{message[..keep]}… ({message.Length - keep:N0} more characters not shown)";
    }
}
