using System.Runtime.CompilerServices;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> schema-first: load one or more SDL texts, bind C# resolvers to fields,
/// scalar implementations to declared scalars, and type resolvers to interfaces and unions.
/// </summary>
/// <example><code>
/// var schema = new SchemaBuilder()
///     .AddTypeDefinitions("type Query { hello(name: String!): String }")
///     .AddResolver("Query", "hello", ctx => $"Hello {ctx.GetArgument&lt;string&gt;("name")}")
///     .Build();
/// </code></example>
public sealed partial class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Field), FieldResolver> _resolvers = [];
    private readonly Dictionary<(string Type, string Field), SubscriptionResolver> _subscribers = [];
    private readonly Dictionary<(string Type, string Field), int> _costs = [];
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<object, bool>> _isTypeOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _enumBindings = new(StringComparer.Ordinal);

    /// <summary>Adds SDL text. Throws <see cref="GraphQLError"/> when it is not syntactically valid.</summary>
    public SchemaBuilder AddTypeDefinitions(string sdl) => AddTypeDefinitions(Parser.Parse(sdl));

    public SchemaBuilder AddTypeDefinitions(DocumentNode document)
    {
        _documents.Add(document);
        return this;
    }

    /// <summary>Supplies the implementation of a scalar the SDL declares (e.g. <c>scalar DateTime</c>).</summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        _scalars[scalar.Name] = scalar;
        return this;
    }

    public SchemaBuilder AddResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        _resolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    public SchemaBuilder AddResolver(string typeName, string fieldName, Func<ResolveFieldContext, object?> resolver) =>
        AddResolver(typeName, fieldName, context => new ValueTask<object?>(resolver(context)));

    public SchemaBuilder AddResolverAsync<T>(string typeName, string fieldName, Func<ResolveFieldContext, Task<T>> resolver) =>
        AddResolver(typeName, fieldName, new FieldResolver(async context => await resolver(context).ConfigureAwait(false)));

    /// <summary>
    /// Binds a subscription field: <paramref name="subscribe"/> yields source events; each is executed with the
    /// event as the field's value, unless <paramref name="resolve"/> maps it first.
    /// </summary>
    public SchemaBuilder AddSubscription<T>(
        string typeName,
        string fieldName,
        Func<ResolveFieldContext, IAsyncEnumerable<T>> subscribe,
        Func<ResolveFieldContext, object?>? resolve = null)
    {
        _subscribers[(typeName, fieldName)] = context => new ValueTask<IAsyncEnumerable<object?>>(Box(subscribe(context)));
        if (resolve is not null) AddResolver(typeName, fieldName, resolve);
        return this;
    }

    /// <summary>Tells which object type a value of an interface or union is, by type name.</summary>
    public SchemaBuilder AddTypeResolver(string abstractTypeName, TypeResolver resolver)
    {
        _typeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>Tells whether a value belongs to an object type; used when an abstract type has no type resolver.</summary>
    public SchemaBuilder AddIsTypeOf(string objectTypeName, Func<object, bool> isTypeOf)
    {
        _isTypeOf[objectTypeName] = isTypeOf;
        return this;
    }

    /// <summary>Makes resolvers see and return members of <typeparamref name="TEnum"/> for a GraphQL enum (names matched ignoring case and underscores).</summary>
    public SchemaBuilder BindEnum<TEnum>(string enumTypeName) where TEnum : struct, Enum
    {
        _enumBindings[enumTypeName] = typeof(TEnum);
        return this;
    }

    /// <summary>Sets what a field counts against the cost budget (default 1).</summary>
    public SchemaBuilder SetCost(string typeName, string fieldName, int cost)
    {
        _costs[(typeName, fieldName)] = cost;
        return this;
    }

    /// <summary>Assembles and validates the schema; throws <see cref="SchemaValidationException"/> listing every problem.</summary>
    public Schema Build()
    {
        var assembler = new SchemaAssembler(_documents, _scalars, _enumBindings);
        var schema = assembler.Assemble();
        var errors = new List<GraphQLError>(assembler.Errors);
        if (schema is not null)
        {
            BindResolvers(schema, errors);
            errors.AddRange(SchemaValidator.Validate(schema));
        }
        if (errors.Count > 0 || schema is null) throw new SchemaValidationException(errors);
        return schema;
    }

    private void BindResolvers(Schema schema, List<GraphQLError> errors)
    {
        foreach (var ((typeName, fieldName), resolver) in _resolvers)
        {
            var field = FindField(schema, typeName, fieldName, errors);
            if (field is not null) field.Resolver = resolver;
        }
        foreach (var ((typeName, fieldName), subscriber) in _subscribers)
        {
            var field = FindField(schema, typeName, fieldName, errors);
            if (field is not null) field.Subscriber = subscriber;
        }
        foreach (var ((typeName, fieldName), cost) in _costs)
        {
            var field = FindField(schema, typeName, fieldName, errors);
            if (field is not null) field.Cost = cost;
        }
        foreach (var (typeName, resolver) in _typeResolvers)
        {
            switch (schema.GetType(typeName))
            {
                case InterfaceType iface: iface.ResolveType = resolver; break;
                case UnionType union: union.ResolveType = resolver; break;
                default: errors.Add(new GraphQLError($"Cannot bind a type resolver to \"{typeName}\": the schema has no interface or union of that name.")); break;
            }
        }
        foreach (var (typeName, isTypeOf) in _isTypeOf)
        {
            if (schema.GetType(typeName) is ObjectType obj) obj.IsTypeOf = isTypeOf;
            else errors.Add(new GraphQLError($"Cannot bind isTypeOf to \"{typeName}\": the schema has no object type of that name."));
        }
    }

    private static FieldDefinition? FindField(Schema schema, string typeName, string fieldName, List<GraphQLError> errors)
    {
        var field = (schema.GetType(typeName) as FieldsContainerType)?.GetField(fieldName);
        if (field is null)
            errors.Add(new GraphQLError($"Cannot bind a resolver to \"{typeName}.{fieldName}\": the schema has no such field."));
        return field;
    }

    private static async IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false)) yield return item;
    }
}
