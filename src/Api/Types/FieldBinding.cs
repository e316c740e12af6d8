using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Types;

/// <summary>Binds a field of an object type to a function of the value the type resolves from.</summary>
internal static class FieldBinding
{
    public static SchemaBuilder Field<TSource>(this SchemaBuilder builder, string type, string field, Func<TSource, object?> resolve) =>
        builder.AddResolver(type, field, context => resolve(Source<TSource>(context)));

    public static SchemaBuilder Field<TSource>(this SchemaBuilder builder, string type, string field, Func<TSource, ResolveFieldContext, object?> resolve) =>
        builder.AddResolver(type, field, context => resolve(Source<TSource>(context), context));

    public static SchemaBuilder FieldAsync<TSource, TResult>(
        this SchemaBuilder builder, string type, string field, Func<TSource, ResolveFieldContext, Task<TResult>> resolve) =>
        builder.AddResolverAsync(type, field, context => resolve(Source<TSource>(context), context));

    private static TSource Source<TSource>(ResolveFieldContext context) =>
        context.Source is TSource source
            ? source
            : throw new InvalidOperationException(
                $"{context.ParentType.Name}.{context.FieldName} resolves from {typeof(TSource).Name}, not {context.Source?.GetType().Name ?? "null"}.");
}
