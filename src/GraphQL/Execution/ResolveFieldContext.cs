using System.Text.Json;
using AgreementTracker.GraphQL.DataLoading;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Execution;

/// <summary>Everything a resolver may need: the parent value, coerced arguments, request context and services.</summary>
public sealed class ResolveFieldContext
{
    private readonly ExecutionState _state;

    internal ResolveFieldContext(
        ExecutionState state,
        object? source,
        IReadOnlyDictionary<string, object?> arguments,
        FieldDefinition fieldDefinition,
        ObjectType parentType,
        IReadOnlyList<FieldNode> fieldNodes,
        ResponsePath path)
    {
        _state = state;
        Source = source;
        Arguments = arguments;
        FieldDefinition = fieldDefinition;
        ParentType = parentType;
        FieldNodes = fieldNodes;
        Path = path;
    }

    /// <summary>The parent object's value (the root value for root fields).</summary>
    public object? Source { get; }

    /// <summary>Coerced argument values; arguments not given and without default are absent.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public FieldDefinition FieldDefinition { get; }
    public string FieldName => FieldDefinition.Name;
    public GraphQLType ReturnType => FieldDefinition.Type;
    public ObjectType ParentType { get; }
    public IReadOnlyList<FieldNode> FieldNodes { get; }
    public ResponsePath Path { get; }
    public Schema Schema => _state.Schema;
    public OperationDefinitionNode Operation => _state.Operation;
    public IReadOnlyDictionary<string, object?> Variables => _state.Variables;
    public object? RootValue => _state.RootValue;

    /// <summary>The per-request context object given to the executor.</summary>
    public object? UserContext => _state.UserContext;

    /// <summary>The request's service provider, if the caller supplied one.</summary>
    public IServiceProvider? Services => _state.Services;

    public CancellationToken CancellationToken => _state.CancellationToken;

    /// <summary>Data loaders scoped to this request.</summary>
    public DataLoaderRegistry DataLoaders => _state.DataLoaders;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>
    /// An argument converted to <typeparamref name="T"/>: numbers widen, enum names map to CLR enums,
    /// input objects (dictionaries) deserialize to records/classes by property name.
    /// </summary>
    public T GetArgument<T>(string name, T defaultValue = default!)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null) return defaultValue;
        return ArgumentConversion.To<T>(value);
    }

    public T GetService<T>() where T : notnull =>
        Services?.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"No service of type {typeof(T).Name} is available to field \"{ParentType.Name}.{FieldName}\".");
}

internal static class ArgumentConversion
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static T To<T>(object value)
    {
        if (value is T typed) return typed;
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (target.IsEnum && value is string name) return (T)Enum.Parse(target, name.Replace("_", ""), ignoreCase: true);
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target) && !target.IsEnum)
            return (T)Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
        return JsonSerializer.SerializeToElement(value, Options).Deserialize<T>(Options)!;
    }
}
