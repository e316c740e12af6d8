using System.Collections;
using System.Collections.Concurrent;
using System.Text.Json;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Execution;

/// <summary>CompleteValue: non-null checks, lists, leaf serialization, abstract type resolution, sub-selections.</summary>
internal sealed partial class ExecutionEngine
{
    private static readonly ConcurrentDictionary<(NamedType Abstract, Type Clr), ObjectType?> TypesByClrName = new();
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    private ValueTask<object?> CompleteValueCatching(
        GraphQLType type, ObjectType parentType, FieldDefinition field, FieldGroup group, PathSegment path, object? result)
    {
        if (type.Nullable is ScalarType or EnumType) return new ValueTask<object?>(CompleteLeafCatching(type, parentType, field, group, path, result));
        try
        {
            var completed = CompleteValue(type, parentType, field, group, path, result);
            return completed.IsCompletedSuccessfully ? completed : AwaitCompletionCatchingAsync(completed, type, group, path);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return new ValueTask<object?>(HandleFieldError(exception, type, group.Nodes, path));
        }
    }

    /// <summary>Scalars and enums, most of a response, complete synchronously without the layers composite values need.</summary>
    private object? CompleteLeafCatching(GraphQLType type, ObjectType parentType, FieldDefinition field, FieldGroup group, PathSegment path, object? result)
    {
        try
        {
            return CompleteLeaf(type, parentType, field, result);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, type, group.Nodes, path);
        }
    }

    private static object? CompleteLeaf(GraphQLType type, ObjectType parentType, FieldDefinition field, object? result)
    {
        if (result is Exception exception) throw exception;
        if (type is NonNullType nonNull) return CompleteLeaf(nonNull.OfType, parentType, field, result) ?? throw NullForNonNull(parentType, field);
        if (result is null || result is JsonElement { ValueKind: JsonValueKind.Null }) return null;
        return type is EnumType enumType
            ? enumType.Serialize(result is JsonElement element ? JsonValues.ToObject(element) : result)
            : SerializeLeaf((ScalarType)type, result);
    }

    private async ValueTask<object?> AwaitCompletionCatchingAsync(ValueTask<object?> completed, GraphQLType type, FieldGroup group, PathSegment path)
    {
        try
        {
            return await completed.ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, type, group.Nodes, path);
        }
    }

    /// <summary>Lists, objects and abstract types; leaves go through <see cref="CompleteLeaf"/>.</summary>
    private ValueTask<object?> CompleteValue(GraphQLType type, ObjectType parentType, FieldDefinition field, FieldGroup group, PathSegment path, object? result)
    {
        if (result is Exception exception) throw exception;
        if (type is NonNullType nonNull)
        {
            var completed = CompleteValue(nonNull.OfType, parentType, field, group, path, result);
            if (!completed.IsCompletedSuccessfully) return EnsureNotNullAsync(completed, parentType, field);
            if (completed.Result is null) throw NullForNonNull(parentType, field);
            return completed;
        }
        if (result is null || result is JsonElement { ValueKind: JsonValueKind.Null }) return new ValueTask<object?>((object?)null);

        switch (type)
        {
            case ListType list:
                return CompleteList(list.OfType, parentType, field, group, path, result);
            case ObjectType objectType:
                if (objectType.IsTypeOf is { } isTypeOf && !isTypeOf(result))
                    throw new GraphQLError($"Expected value of type \"{objectType.Name}\" but got: {Inspect.Value(result)}.");
                return ExecuteFields(objectType, result, path.ToPath(), Subfields(objectType, group));
            default:
                var runtimeType = ResolveRuntimeType((NamedType)type, parentType, field, group, path, result);
                return ExecuteFields(runtimeType, result, path.ToPath(), Subfields(runtimeType, group));
        }
    }

    /// <summary>The sub-selection of a composite field for a runtime type, remembered on the group for the next list item.</summary>
    private SelectionPlan Subfields(ObjectType type, FieldGroup group)
    {
        if (group.Subfields is { } cached && ReferenceEquals(cached.Type, type)) return cached.Plan;
        var plan = state.Collector.CollectSubfields(type, group.Nodes);
        group.Subfields = new CollectedSubfields(type, plan);
        return plan;
    }

    private static async ValueTask<object?> EnsureNotNullAsync(ValueTask<object?> completed, ObjectType parentType, FieldDefinition field) =>
        await completed.ConfigureAwait(false) ?? throw NullForNonNull(parentType, field);

    private static GraphQLError NullForNonNull(ObjectType parentType, FieldDefinition field) =>
        new($"Cannot return null for non-nullable field {parentType.Name}.{field.Name}.");

    private static object SerializeLeaf(ScalarType scalar, object result)
    {
        var value = result is JsonElement element ? JsonValues.ToObject(element) : result;
        return scalar.Serialize(value)
            ?? throw new GraphQLError($"Expected `{scalar.Name}.serialize({Inspect.Value(value)})` to return non-nullable value, returned: null");
    }

    private ValueTask<object?> CompleteList(GraphQLType itemType, ObjectType parentType, FieldDefinition field, FieldGroup group, PathSegment path, object result)
    {
        if (result is not IEnumerable enumerable || result is string || result is IDictionary || result is JsonElement)
            throw new GraphQLError($"Expected Iterable, but did not find one for field \"{parentType.Name}.{field.Name}\".");

        var items = enumerable as IList ?? enumerable.Cast<object?>().ToList();
        var completed = new object?[items.Count];
        var listPath = path.ToPath();
        List<(int Index, ValueTask<object?> Value)>? pending = null;
        try
        {
            for (var index = 0; index < completed.Length; index++)
            {
                var value = CompleteValueCatching(itemType, parentType, field, group, new PathSegment(listPath, index), items[index]);
                if (value.IsCompletedSuccessfully) completed[index] = value.Result;
                else (pending ??= []).Add((index, value));
            }
        }
        catch (GraphQLError error) when (pending is not null)
        {
            return new ValueTask<object?>(AwaitThenThrowAsync(pending, error));
        }
        return pending is null ? new ValueTask<object?>(completed) : new ValueTask<object?>(AwaitPendingAsync(completed, pending, completed));
    }

    private ObjectType ResolveRuntimeType(NamedType abstractType, ObjectType parentType, FieldDefinition field, FieldGroup group, PathSegment path, object value)
    {
        var resolver = abstractType switch
        {
            InterfaceType iface => iface.ResolveType,
            UnionType union => union.ResolveType,
            _ => null,
        };
        var runtimeTypeName = resolver is not null
            ? resolver(value, new ResolveFieldContext(state, value, NoArguments, field, parentType, group.Nodes, path.ToPath()))
            : DefaultTypeName(abstractType, value);
        if (runtimeTypeName is null)
        {
            throw new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{field.Name}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }
        var runtimeType = state.Schema.GetType(runtimeTypeName);
        if (runtimeType is null)
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{runtimeTypeName}\" that does not exist inside the schema.");
        if (runtimeType is not ObjectType objectType)
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{runtimeTypeName}\".");
        if (!state.Schema.IsSubType(abstractType, objectType))
            throw new GraphQLError($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".");
        return objectType;
    }

    /// <summary>"__typename" in dictionaries and JSON, then isTypeOf checks, then a possible type named like the CLR type.</summary>
    private string? DefaultTypeName(NamedType abstractType, object value)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map when map.TryGetValue("__typename", out var name) && name is string typeName:
                return typeName;
            case JsonElement { ValueKind: JsonValueKind.Object } element
                when element.TryGetProperty("__typename", out var property) && property.ValueKind == JsonValueKind.String:
                return property.GetString();
        }
        var possibleTypes = state.Schema.GetPossibleTypes(abstractType);
        foreach (var possible in possibleTypes)
        {
            if (possible.IsTypeOf is { } isTypeOf && isTypeOf(value)) return possible.Name;
        }
        var byClrName = TypesByClrName.GetOrAdd((abstractType, value.GetType()), key =>
        {
            foreach (var possible in possibleTypes)
            {
                if (possible.Name == key.Clr.Name) return possible;
            }
            return null;
        });
        return byClrName?.Name;
    }
}
