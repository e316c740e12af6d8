using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Protection;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.GraphQL.Utilities;
using AgreementTracker.GraphQL.Validation;

namespace AgreementTracker.GraphQL.Execution;

public sealed record GraphQLExecutorOptions
{
    public RequestLimits Limits { get; init; } = RequestLimits.Default;

    /// <summary>How many distinct query texts keep their parsed and validated document.</summary>
    public int DocumentCacheSize { get; init; } = 1000;

    public IReadOnlyList<Func<ValidationRule>>? ValidationRules { get; init; }

    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;
}

/// <summary>Which operation types a transport accepts (HTTP GET: queries only).</summary>
[Flags]
public enum AllowedOperations
{
    Query = 1,
    Mutation = 2,
    Subscription = 4,
    QueryAndMutation = Query | Mutation,
    All = Query | Mutation | Subscription,
}

/// <summary>
/// The request pipeline for transports: document cache → parse → limits → validate → execute.
/// Failures before execution come back as results without data and with <see cref="ExecutionResult.ErrorKind"/> set.
/// </summary>
public sealed class GraphQLExecutor(Schema schema, GraphQLExecutorOptions? options = null)
{
    private readonly GraphQLExecutorOptions _options = options ?? new GraphQLExecutorOptions();
    private readonly DocumentCache _cache = new((options ?? new GraphQLExecutorOptions()).DocumentCacheSize);

    public Schema Schema { get; } = schema;

    /// <summary>Number of documents currently cached.</summary>
    public int CachedDocumentCount => _cache.Count;

    public async Task<ExecutionResult> ExecuteAsync(
        GraphQLRequest request,
        ExecutionOptions? executionOptions = null,
        AllowedOperations allowed = AllowedOperations.QueryAndMutation)
    {
        var prepared = Prepare(request.Query);
        if (!prepared.IsValid) return ExecutionResult.FromRequestErrors(prepared.Errors!, prepared.ErrorKind);
        if (CheckAllowed(prepared, request.OperationName, allowed) is { } refusal) return refusal;
        return await Executor.ExecuteAsync(Schema, prepared.Document!, request.OperationName, JsonValues.ToVariables(request.Variables), executionOptions, prepared)
            .ConfigureAwait(false);
    }

    public async Task<SubscriptionResult> SubscribeAsync(GraphQLRequest request, ExecutionOptions? executionOptions = null)
    {
        var prepared = Prepare(request.Query);
        if (!prepared.IsValid) return SubscriptionResult.Failed(ExecutionResult.FromRequestErrors(prepared.Errors!, prepared.ErrorKind));
        var operation = prepared.FindOperation(request.OperationName);
        if (operation is not null && operation.Operation != OperationType.Subscription)
        {
            return SubscriptionResult.Succeeded(Single(await Executor.ExecuteAsync(Schema, prepared.Document!, request.OperationName,
                JsonValues.ToVariables(request.Variables), executionOptions).ConfigureAwait(false)));
        }
        return await Executor.SubscribeAsync(Schema, prepared.Document!, request.OperationName, JsonValues.ToVariables(request.Variables), executionOptions)
            .ConfigureAwait(false);
    }

    /// <summary>Parses, measures and validates a query text, or returns the cached outcome for the same text.</summary>
    public PreparedDocument Prepare(string? query)
    {
        if (string.IsNullOrEmpty(query))
            return PreparedDocument.Invalid([new GraphQLError("Must provide query string.", code: ErrorCodes.BadUserInput)], RequestErrorKind.MissingQuery);
        if (_cache.TryGet(query, out var cached)) return cached;

        var prepared = PrepareUncached(query);
        _cache.Add(query, prepared);
        return prepared;
    }

    private PreparedDocument PrepareUncached(string query)
    {
        var limits = _options.Limits;
        if (limits.MaxDocumentLength is { } maxLength && query.Length > maxLength)
        {
            return PreparedDocument.Invalid(
                [new GraphQLError($"The document is {query.Length} characters long; the limit is {maxLength}.", code: ErrorCodes.DocumentTooLarge)],
                RequestErrorKind.Limit);
        }
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, _options.ParserOptions);
        }
        catch (GraphQLError syntaxError)
        {
            return PreparedDocument.Invalid([syntaxError], RequestErrorKind.Syntax);
        }
        try
        {
            var limitErrors = new DocumentLimitsAnalyzer(Schema, limits).Check(document);
            if (limitErrors.Count > 0) return PreparedDocument.Invalid(limitErrors, RequestErrorKind.Limit, document);
            var validationErrors = DocumentValidator.Validate(Schema, document, _options.ValidationRules);
            if (validationErrors.Count > 0) return PreparedDocument.Invalid(validationErrors, RequestErrorKind.Validation, document);
        }
        catch (InsufficientExecutionStackException)
        {
            return PreparedDocument.Invalid([TooDeep()], RequestErrorKind.Limit, document);
        }
        return PreparedDocument.Valid(document);
    }

    internal static GraphQLError TooDeep() =>
        new("The document nests fields or fragments too deeply to be processed.", code: ErrorCodes.MaxDepthExceeded);

    private static ExecutionResult? CheckAllowed(PreparedDocument prepared, string? operationName, AllowedOperations allowed)
    {
        var operation = prepared.FindOperation(operationName);
        if (operation is null) return null;
        var flag = operation.Operation switch
        {
            OperationType.Query => AllowedOperations.Query,
            OperationType.Mutation => AllowedOperations.Mutation,
            _ => AllowedOperations.Subscription,
        };
        if ((allowed & flag) != 0) return null;
        var name = operation.Operation.ToString().ToLowerInvariant();
        var message = operation.Operation == OperationType.Subscription
            ? "Subscriptions are not supported on this transport; use a WebSocket connection."
            : $"Can only perform a {name} operation from a POST request.";
        return ExecutionResult.FromRequestErrors([new GraphQLError(message, GraphQLError.LocationsOf(operation), code: ErrorCodes.BadUserInput)],
            RequestErrorKind.OperationNotAllowed);
    }

    private static async IAsyncEnumerable<ExecutionResult> Single(ExecutionResult result)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return result;
    }
}
