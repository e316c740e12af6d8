using System.Text.Json;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Execution;

/// <summary>
/// Executes an already parsed (and, normally, validated) document against a schema, as graphql-js's
/// <c>execute</c> does. For the whole pipeline (cache, parse, limits, validate, execute) use
/// <see cref="GraphQLExecutor"/>.
/// </summary>
public static class Executor
{
    public static Task<ExecutionResult> ExecuteAsync(
        Schema schema,
        DocumentNode document,
        string? operationName = null,
        JsonElement? variables = null,
        object? rootValue = null,
        object? userContext = null,
        CancellationToken cancellationToken = default) =>
        ExecuteAsync(schema, document, operationName, JsonValues.ToVariables(variables),
            new ExecutionOptions { RootValue = rootValue, UserContext = userContext, CancellationToken = cancellationToken });

    public static Task<ExecutionResult> ExecuteAsync(
        Schema schema,
        DocumentNode document,
        string? operationName,
        IReadOnlyDictionary<string, object?>? variables,
        ExecutionOptions? options = null) =>
        ExecuteAsync(schema, document, operationName, variables, options, cached: null);

    /// <param name="cached">The cached outcome the document comes from, which keeps what execution can reuse.</param>
    internal static Task<ExecutionResult> ExecuteAsync(
        Schema schema,
        DocumentNode document,
        string? operationName,
        IReadOnlyDictionary<string, object?>? variables,
        ExecutionOptions? options,
        PreparedDocument? cached)
    {
        options ??= ExecutionOptions.Default;
        var prepared = Prepare(schema, document, operationName, variables, options, cached);
        if (prepared.Errors is not null) return Task.FromResult(ExecutionResult.FromRequestErrors(prepared.Errors));
        return new ExecutionEngine(prepared.State!).ExecuteOperationAsync();
    }

    /// <summary>
    /// Starts a subscription: on success the result carries a stream of results, one per source event;
    /// otherwise it carries the errors (request errors, or the field error of the source stream resolver).
    /// </summary>
    public static async Task<SubscriptionResult> SubscribeAsync(
        Schema schema,
        DocumentNode document,
        string? operationName,
        IReadOnlyDictionary<string, object?>? variables,
        ExecutionOptions? options = null)
    {
        options ??= ExecutionOptions.Default;
        var prepared = Prepare(schema, document, operationName, variables, options, cached: null);
        if (prepared.Errors is not null) return SubscriptionResult.Failed(ExecutionResult.FromRequestErrors(prepared.Errors));
        return await SubscriptionExecution.SubscribeAsync(prepared.State!, options).ConfigureAwait(false);
    }

    private static (ExecutionState? State, IReadOnlyList<GraphQLError>? Errors) Prepare(
        Schema schema, DocumentNode document, string? operationName, IReadOnlyDictionary<string, object?>? variables, ExecutionOptions options,
        PreparedDocument? cached)
    {
        OperationDefinitionNode? operation = null;
        var multipleAnonymous = false;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode candidate) continue;
            if (operationName is null)
            {
                if (operation is not null) multipleAnonymous = true;
                operation = candidate;
            }
            else if (candidate.Name?.Value == operationName)
            {
                operation = candidate;
            }
        }
        if (multipleAnonymous) return (null, [new GraphQLError("Must provide operation name if query contains multiple operations.", code: ErrorCodes.OperationNotFound)]);
        if (operation is null)
        {
            var message = operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".";
            return (null, [new GraphQLError(message, code: ErrorCodes.OperationNotFound)]);
        }
        var coerced = JsonValues.EmptyVariables;
        if (operation.VariableDefinitions.Count > 0)
        {
            var errors = new List<GraphQLError>();
            coerced = VariableCoercion.Coerce(schema, operation, variables ?? JsonValues.EmptyVariables, errors);
            if (errors.Count > 0) return (null, errors);
        }
        var collector = SharedOperationPlan.CollectorFor(schema, document, operation, coerced, cached);
        return (new ExecutionState(schema, operation, collector, coerced, options), null);
    }
}
