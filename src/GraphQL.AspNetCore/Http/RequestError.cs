namespace AgreementTracker.GraphQL.AspNetCore.Http;

/// <summary>
/// A request the transport refuses before any GraphQL work: the HTTP status to answer with and the
/// message of the single error in the body; for 405, the methods that are allowed.
/// </summary>
internal sealed record RequestError(int StatusCode, string Message, string? Allow = null)
{
    public static RequestError BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);
}
