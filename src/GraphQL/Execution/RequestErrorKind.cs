namespace AgreementTracker.GraphQL.Execution;

/// <summary>Why a request failed before execution; transports map these to status codes.</summary>
public enum RequestErrorKind
{
    None,
    MissingQuery,
    Syntax,
    Limit,
    Validation,
    /// <summary>The operation's type is not allowed on this transport (e.g. a mutation over HTTP GET).</summary>
    OperationNotAllowed,
    /// <summary>Operation selection or variable coercion failed.</summary>
    InvalidRequest,
}
