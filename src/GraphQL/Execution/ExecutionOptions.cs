using AgreementTracker.GraphQL.DataLoading;

namespace AgreementTracker.GraphQL.Execution;

/// <summary>Per-request inputs to execution besides the schema, document and variables.</summary>
public sealed record ExecutionOptions
{
    public static ExecutionOptions Default { get; } = new();

    /// <summary>Source value of the root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>Any per-request object resolvers can read (user, tenant, ...).</summary>
    public object? UserContext { get; init; }

    public IServiceProvider? Services { get; init; }

    /// <summary>Data loaders for the request; a fresh registry is created when none is given.</summary>
    public DataLoaderRegistry? DataLoaders { get; init; }

    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// The message a client sees for an exception that is not a <see cref="GraphQLError"/> (a bug, a lost database):
    /// by default its own message, as graphql-js does; a server that must not leak internals replaces it (and logs the exception).
    /// </summary>
    public Func<Exception, string>? UnexpectedErrorMessage { get; init; }
}
