using AgreementTracker.GraphQL.DataLoading;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Execution;

/// <summary>What one execution of one operation shares across all its fields.</summary>
internal sealed class ExecutionState(
    Schema schema,
    OperationDefinitionNode operation,
    FieldCollector collector,
    IReadOnlyDictionary<string, object?> variables,
    ExecutionOptions options)
{
    private readonly List<GraphQLError> _errors = [];

    public Schema Schema { get; } = schema;
    public OperationDefinitionNode Operation { get; } = operation;
    public IReadOnlyDictionary<string, object?> Variables { get; } = variables;
    public object? RootValue { get; } = options.RootValue;
    public object? UserContext { get; } = options.UserContext;
    public IServiceProvider? Services { get; } = options.Services;
    public CancellationToken CancellationToken { get; } = options.CancellationToken;
    public Func<Exception, GraphQLError>? UnexpectedError { get; } = options.UnexpectedError;
    public DataLoaderRegistry DataLoaders { get; } = options.DataLoaders ?? new DataLoaderRegistry(options.CancellationToken);
    public FieldCollector Collector { get; } = collector;

    public void AddError(GraphQLError error)
    {
        lock (_errors) _errors.Add(error);
    }

    public IReadOnlyList<GraphQLError>? Errors
    {
        get
        {
            lock (_errors) return _errors.Count == 0 ? null : [.. _errors];
        }
    }
}
