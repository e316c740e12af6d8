namespace AgreementTracker.GraphQL.AspNetCore.Http;

/// <summary>
/// A request the transport refuses before any GraphQL work: the HTTP status to answer with and the
/// message of the single error in the body. Optional headers (e.g. <c>Allow</c> for 405) go with it.
/// </summary>
public sealed record RequestError(int StatusCode, string Message, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static RequestError BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);
}
