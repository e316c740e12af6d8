namespace AgreementTracker.GraphQL.Execution;

/// <summary>Produces the value of a field. Synchronous resolvers return a completed ValueTask.</summary>
public delegate ValueTask<object?> FieldResolver(ResolveFieldContext context);

/// <summary>Produces the event stream of a subscription root field; each event is then executed as the field's source value.</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(ResolveFieldContext context);
