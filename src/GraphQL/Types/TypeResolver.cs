using AgreementTracker.GraphQL.Execution;

namespace AgreementTracker.GraphQL.Types;

/// <summary>Names the object type of a value returned for an interface or union field.</summary>
public delegate string? TypeResolver(object value, ResolveFieldContext context);
