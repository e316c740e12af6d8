using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.AspNetCore;

/// <summary>Runs transport requests through the engine's pipeline with the request's context, services and cancellation.</summary>
internal sealed class GraphQLRequestExecution(Schema schema, GraphQLServerOptions options)
{
    private readonly GraphQLExecutor _executor = new(schema, options.Execution);

    /// <summary>The type of the operation the request would run; null when the document does not say (it is then refused with errors).</summary>
    public OperationType? OperationTypeOf(GraphQLRequest request) =>
        _executor.Prepare(request.Query).FindOperation(request.OperationName)?.Operation;

    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, HttpContext context, AllowedOperations allowed) =>
        Cap(await _executor.ExecuteAsync(request, OptionsFor(context, context.RequestAborted), allowed));

    public int MaxErrorMessageLength => options.MaxErrorMessageLength;

    /// <summary>Shortens error messages longer than <see cref="GraphQLServerOptions.MaxErrorMessageLength"/>.</summary>
    public ExecutionResult Cap(ExecutionResult result) => ErrorMessageCap.Apply(result, options.MaxErrorMessageLength);

    /// <summary>For a WebSocket subscribe message: a result per event for a subscription, one result for a query or mutation.</summary>
    public Task<SubscriptionResult> SubscribeAsync(GraphQLRequest request, HttpContext context, CancellationToken cancellation) =>
        _executor.SubscribeAsync(request, OptionsFor(context, cancellation));

    private ExecutionOptions OptionsFor(HttpContext context, CancellationToken cancellation) => new()
    {
        UserContext = options.UserContext?.Invoke(context),
        Services = context.RequestServices,
        CancellationToken = cancellation,
        UnexpectedError = options.UnexpectedError is { } unexpected ? exception => unexpected(context, exception) : null,
    };
}
