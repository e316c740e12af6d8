using System.Text.Json;
using AgreementTracker.GraphQL.Execution;

namespace AgreementTracker.GraphQL.AspNetCore.Http;

/// <summary>Writes GraphQL responses (results and transport refusals) straight into the response body.</summary>
internal static class GraphQLResponseWriter
{
    public static async Task WriteAsync(HttpContext context, int statusCode, string mediaType, ExecutionResult result)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            result.WriteTo(writer);
        }
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>A refusal before any GraphQL work, as a response with one error and no "data".</summary>
    public static Task WriteAsync(HttpContext context, RequestError error, string mediaType)
    {
        if (error.Allow is not null) context.Response.Headers.Allow = error.Allow;
        var result = ExecutionResult.FromRequestErrors([new GraphQLError(error.Message, code: ErrorCodes.BadUserInput)]);
        return WriteAsync(context, error.StatusCode, mediaType, result);
    }
}
