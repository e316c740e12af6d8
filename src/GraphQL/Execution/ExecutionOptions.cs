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
    /// The error a client sees for an exception that is not a <see cref="GraphQLError"/> (a bug, a lost database): by
    /// default its own message with the code <c>INTERNAL_SERVER_ERROR</c>, as graphql-js does. A server replaces it to
    /// keep internals from the client (logging the exception), or to give a failure it recognises a code of its own.
    /// The engine adds the field's locations and path.
    /// </summary>
    public Func<Exception, GraphQLError>? UnexpectedError { get; init; }
}
