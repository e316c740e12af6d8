using AgreementTracker.GraphQL.AspNetCore.Http;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.AspNetCore;

/// <summary>Runs transport requests through the engine with the request's context, services and cancellation.</summary>
internal sealed class GraphQLRequestExecution(Schema schema, GraphQLServerOptions options)
{
    private const string SubscriptionsOverHttp =
        "Subscriptions are served over WebSocket with the graphql-transport-ws protocol, not over HTTP requests.";

    /// <summary>The type of the operation the request would run, or null when the document does not say (it is then refused with errors).</summary>
    public OperationType? OperationTypeOf(GraphQLRequest request)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(request.Query);
        }
        catch (GraphQLError)
        {
            return null;
        }
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var operation = request.OperationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(candidate => candidate.Name?.Value == request.OperationName);
        return operation?.Operation;
    }

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, HttpContext context)
    {
        if (OperationTypeOf(request) == OperationType.Subscription)
        {
            return Task.FromResult(ExecutionResult.FromRequestErrors([new GraphQLError(SubscriptionsOverHttp, code: ErrorCodes.OperationNotFound)]));
        }
        return RunAsync(request, context, context.RequestAborted);
    }

    /// <summary>
    /// For a WebSocket subscribe message: a subscription yields a result per event; a query or mutation
    /// yields its one result.
    /// </summary>
    public async Task<OperationStream> SubscribeAsync(GraphQLRequest request, HttpContext context, CancellationToken cancellation)
    {
        if (OperationTypeOf(request) != OperationType.Subscription)
        {
            var result = await RunAsync(request, context, cancellation);
            return result.IsRequestError ? OperationStream.Failed(result) : OperationStream.Of(Single(result));
        }
        var subscription = await Executor.SubscribeAsync(schema, Parser.Parse(request.Query), request.OperationName,
            JsonValues.ToVariables(request.Variables), OptionsFor(context, cancellation));
        return subscription.Stream is { } stream ? OperationStream.Of(stream) : OperationStream.Failed(subscription.Failure!);
    }

    private async Task<ExecutionResult> RunAsync(GraphQLRequest request, HttpContext context, CancellationToken cancellation)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(request.Query);
        }
        catch (GraphQLError syntaxError)
        {
            return ExecutionResult.FromRequestErrors([syntaxError]);
        }
        return await Executor.ExecuteAsync(schema, document, request.OperationName, JsonValues.ToVariables(request.Variables), OptionsFor(context, cancellation));
    }

    private ExecutionOptions OptionsFor(HttpContext context, CancellationToken cancellation) => new()
    {
        UserContext = options.UserContext?.Invoke(context),
        Services = context.RequestServices,
        CancellationToken = cancellation,
    };

    private static async IAsyncEnumerable<ExecutionResult> Single(ExecutionResult result)
    {
        await Task.CompletedTask;
        yield return result;
    }
}

/// <summary>The results of one WebSocket operation, or the result that stopped it before any event.</summary>
internal sealed record OperationStream(IAsyncEnumerable<ExecutionResult>? Stream, ExecutionResult? Failure)
{
    public static OperationStream Of(IAsyncEnumerable<ExecutionResult> stream) => new(stream, null);

    public static OperationStream Failed(ExecutionResult failure) => new(null, failure);
}
