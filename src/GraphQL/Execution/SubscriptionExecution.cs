using System.Runtime.CompilerServices;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Execution;

/// <summary>The specification's CreateSourceEventStream and MapSourceToResponseEvent.</summary>
internal static class SubscriptionExecution
{
    public static async Task<SubscriptionResult> SubscribeAsync(ExecutionState state, ExecutionOptions options)
    {
        var rootType = state.Schema.SubscriptionType;
        if (rootType is null)
        {
            return SubscriptionResult.Failed(ExecutionResult.FromRequestErrors(
                [new GraphQLError("Schema is not configured to execute subscription operation.", GraphQLError.LocationsOf(state.Operation), code: ErrorCodes.OperationNotFound)]));
        }
        var groups = state.Collector.Collect(rootType, state.Operation.SelectionSet).Collected;
        if (groups.Count == 0) return SubscriptionResult.Failed(ExecutionResult.FromData(new Dictionary<string, object?>()));
        var group = groups[0];
        var field = rootType.GetField(group.First.Name.Value);
        if (field is null)
        {
            return SubscriptionResult.Failed(ExecutionResult.FromRequestErrors(
                [new GraphQLError($"The subscription field \"{group.First.Name.Value}\" is not defined.", GraphQLError.LocationsOf(group.Nodes))]));
        }
        var path = new ResponsePath(null, group.ResponseKey);
        try
        {
            if (field.Subscriber is null)
                throw new GraphQLError($"Subscription field \"{rootType.Name}.{field.Name}\" has no source stream bound (SchemaBuilder.AddSubscription).");
            var arguments = ArgumentCoercion.Coerce(field.Arguments, group.First, group.First.Arguments, state.Variables);
            var context = new ResolveFieldContext(state, state.RootValue, arguments, field, rootType, group.Nodes, path);
            var stream = await field.Subscriber(context).ConfigureAwait(false);
            return SubscriptionResult.Succeeded(MapEvents(stream, state, options));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var error = exception as GraphQLError ?? new GraphQLError(exception.Message, innerException: exception, code: ErrorCodes.InternalError);
            var located = new GraphQLError(error.Message, error.Locations ?? GraphQLError.LocationsOf(group.Nodes), path.ToList(), error.Code, error.InnerException, error.Extensions);
            // As graphql-js: a failing source stream resolver answers with errors only, no "data".
            return SubscriptionResult.Failed(ExecutionResult.FromRequestErrors([located]));
        }
    }

    private static async IAsyncEnumerable<ExecutionResult> MapEvents(
        IAsyncEnumerable<object?> stream, ExecutionState subscribeState, ExecutionOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, options.CancellationToken);
        await foreach (var payload in stream.WithCancellation(linked.Token).ConfigureAwait(false))
        {
            var eventState = new ExecutionState(subscribeState.Schema, subscribeState.Operation, subscribeState.Collector, subscribeState.Variables,
                options with { RootValue = payload, CancellationToken = linked.Token });
            yield return await new ExecutionEngine(eventState, isSubscriptionEvent: true).ExecuteOperationAsync().ConfigureAwait(false);
        }
    }
}
