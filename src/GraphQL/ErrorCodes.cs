namespace AgreementTracker.GraphQL;

/// <summary>Values written as <c>extensions.code</c> on errors (the names GraphQL servers commonly use).</summary>
public static class ErrorCodes
{
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationNotFound = "OPERATION_RESOLUTION_FAILURE";
    public const string InternalError = "INTERNAL_SERVER_ERROR";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string CostBudgetExceeded = "COST_BUDGET_EXCEEDED";
    public const string Cancelled = "REQUEST_CANCELLED";
}
