using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Execution;

/// <summary>
/// Executes one operation: the specification's ExecuteSelectionSet / ExecuteField / CompleteValue.
/// Query fields start together and are awaited afterwards (parallel for async resolvers); mutation
/// fields run one after another. Synchronous resolvers complete without allocating tasks.
/// </summary>
internal sealed partial class ExecutionEngine(ExecutionState state, bool isSubscriptionEvent = false)
{
    public async Task<ExecutionResult> ExecuteOperationAsync()
    {
        var operation = state.Operation;
        var rootType = state.Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            var error = new GraphQLError($"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.",
                GraphQLError.LocationsOf(operation), code: ErrorCodes.OperationNotFound);
            return ExecutionResult.FromData(null, [error]);
        }
        SelectionPlan plan;
        try
        {
            plan = state.Collector.Collect(rootType, operation.SelectionSet);
        }
        catch (InsufficientExecutionStackException)
        {
            return ExecutionResult.FromData(null, [GraphQLExecutor.TooDeep()]);
        }
        object? data;
        try
        {
            ValueTask<object?> execution;
            // Data loader keys queued while the selection is walked synchronously are loaded as one batch afterwards.
            using (state.DataLoaders.Hold())
            {
                execution = operation.Operation == OperationType.Mutation
                    ? new ValueTask<object?>(ExecuteFieldsSeriallyAsync(rootType, state.RootValue, plan))
                    : ExecuteFields(rootType, state.RootValue, null, plan);
            }
            data = await execution.ConfigureAwait(false);
        }
        catch (GraphQLError error)
        {
            state.AddError(error);
            data = null;
        }
        return ExecutionResult.FromData(data, state.Errors);
    }

    private async Task<object?> ExecuteFieldsSeriallyAsync(ObjectType type, object? source, SelectionPlan plan)
    {
        var values = new object?[plan.Fields.Length];
        for (var i = 0; i < values.Length; i++)
        {
            state.CancellationToken.ThrowIfCancellationRequested();
            values[i] = await ExecuteField(type, source, plan.Groups[i], plan.Fields[i], new PathSegment(null, plan.Keys[i])).ConfigureAwait(false);
        }
        return new ResultMap(plan.Keys, values);
    }

    /// <param name="path">The object's own path; null for the root value.</param>
    private ValueTask<object?> ExecuteFields(ObjectType type, object? source, ResponsePath? path, SelectionPlan plan)
    {
        state.CancellationToken.ThrowIfCancellationRequested();
        var values = new object?[plan.Fields.Length];
        List<(int Index, ValueTask<object?> Value)>? pending = null;
        try
        {
            for (var i = 0; i < values.Length; i++)
            {
                var value = ExecuteField(type, source, plan.Groups[i], plan.Fields[i], new PathSegment(path, plan.Keys[i]));
                if (value.IsCompletedSuccessfully) values[i] = value.Result;
                else (pending ??= []).Add((i, value));
            }
        }
        catch (GraphQLError error) when (pending is not null)
        {
            return new ValueTask<object?>(AwaitThenThrowAsync(pending, error));
        }
        var result = new ResultMap(plan.Keys, values);
        return pending is null ? new ValueTask<object?>(result) : new ValueTask<object?>(AwaitPendingAsync(values, pending, result));
    }

    /// <summary>Fills in the values that completed asynchronously (fields of an object or items of a list), then yields the whole.</summary>
    private static async Task<object?> AwaitPendingAsync(object?[] values, List<(int Index, ValueTask<object?> Value)> pending, object whole)
    {
        GraphQLError? firstError = null;
        foreach (var (index, value) in pending)
        {
            try
            {
                values[index] = await value.ConfigureAwait(false);
            }
            catch (GraphQLError error)
            {
                firstError ??= error;
            }
        }
        if (firstError is not null) throw firstError;
        return whole;
    }

    /// <summary>Lets already started siblings finish (their errors are recorded) before propagating a null.</summary>
    private static async Task<object?> AwaitThenThrowAsync(List<(int Index, ValueTask<object?> Value)> pending, GraphQLError error)
    {
        foreach (var (_, value) in pending)
        {
            try
            {
                await value.ConfigureAwait(false);
            }
            catch (GraphQLError)
            {
                // Only the first propagated error nulls the parent; graphql-js reports the same one.
            }
        }
        throw error;
    }

    private ValueTask<object?> ExecuteField(ObjectType parentType, object? source, FieldGroup group, FieldDefinition field, PathSegment path)
    {
        object? resolved;
        try
        {
            var resolver = field.Resolver;
            if (resolver is null)
            {
                resolved = isSubscriptionEvent && field.Subscriber is not null && path.Parent is null
                    ? source
                    : DefaultFieldResolver.Resolve(source, field);
            }
            else
            {
                var context = new ResolveFieldContext(state, source, GetArguments(group, field), field, parentType, group.Nodes, path.ToPath());
                var value = resolver(context);
                if (!value.IsCompletedSuccessfully) return ResolveThenCompleteAsync(value, parentType, field, group, path);
                resolved = value.Result;
            }
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return new ValueTask<object?>(HandleFieldError(exception, field.Type, group.Nodes, path));
        }
        return CompleteValueCatching(field.Type, parentType, field, group, path, resolved);
    }

    private async ValueTask<object?> ResolveThenCompleteAsync(
        ValueTask<object?> value, ObjectType parentType, FieldDefinition field, FieldGroup group, PathSegment path)
    {
        object? resolved;
        try
        {
            resolved = await value.ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, field.Type, group.Nodes, path);
        }
        // Resumed after an await, outside the walk's hold: keys the completion queues (a list's items asking a data
        // loader) must still wait for the whole list to be walked, or the first would dispatch alone.
        ValueTask<object?> completion;
        using (state.DataLoaders.Hold())
        {
            completion = CompleteValueCatching(field.Type, parentType, field, group, path, resolved);
        }
        return await completion.ConfigureAwait(false);
    }

    private IReadOnlyDictionary<string, object?> GetArguments(FieldGroup group, FieldDefinition field)
    {
        if (group.Arguments is { } coerced && ReferenceEquals(coerced.Field, field)) return coerced.Values;
        var arguments = ArgumentCoercion.Coerce(field.Arguments, group.First, group.First.Arguments, state.Variables);
        group.Arguments = new CoercedArguments(field, arguments);
        return arguments;
    }

    /// <summary>Records the error and yields null, or rethrows it located when the position is non-null.</summary>
    private object? HandleFieldError(Exception exception, GraphQLType returnType, IReadOnlyList<FieldNode> nodes, PathSegment path)
    {
        var error = Locate(exception, nodes, path);
        if (returnType is NonNullType) throw error;
        state.AddError(error);
        return null;
    }

    private GraphQLError Locate(Exception exception, IReadOnlyList<FieldNode> nodes, PathSegment path)
    {
        if (exception is GraphQLError { Path: not null } located) return located;
        if (exception is GraphQLError error)
        {
            return new GraphQLError(error.Message, error.Locations ?? GraphQLError.LocationsOf(nodes), path.ToPath().ToList(), error.Code, error.InnerException ?? error, error.Extensions);
        }
        var named = state.UnexpectedError?.Invoke(exception);
        return new GraphQLError(named?.Message ?? exception.Message, GraphQLError.LocationsOf(nodes), path.ToPath().ToList(),
            named?.Code ?? ErrorCodes.InternalError, exception, named?.Extensions);
    }

    private bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException && state.CancellationToken.IsCancellationRequested;
}
