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
        GraphQLType type, ObjectType parentType, FieldDefinition field, FieldGroup group, ResponsePath path, object? result)
    {
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

    private async ValueTask<object?> AwaitCompletionCatchingAsync(ValueTask<object?> completed, GraphQLType type, FieldGroup group, ResponsePath path)
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

    private ValueTask<object?> CompleteValue(GraphQLType type, ObjectType parentType, FieldDefinition field, FieldGroup group, ResponsePath path, object? result)
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
            case ScalarType scalar:
                return new ValueTask<object?>(SerializeLeaf(scalar, result));
            case EnumType enumType:
                return new ValueTask<object?>(enumType.Serialize(result is JsonElement element ? JsonValues.ToObject(element) : result));
            case ObjectType objectType:
                if (objectType.IsTypeOf is { } isTypeOf && !isTypeOf(result))
                    throw new GraphQLError($"Expected value of type \"{objectType.Name}\" but got: {Inspect.Value(result)}.");
                return ExecuteFields(objectType, result, path, Subfields(objectType, group));
            default:
                var runtimeType = ResolveRuntimeType((NamedType)type, parentType, field, group, path, result);
                return ExecuteFields(runtimeType, result, path, Subfields(runtimeType, group));
        }
    }

    /// <summary>The sub-selection of a composite field for a runtime type, remembered on the group for the next list item.</summary>
    private List<FieldGroup> Subfields(ObjectType type, FieldGroup group)
    {
        if (group.Subfields is { } cached && ReferenceEquals(cached.Type, type)) return cached.Groups;
        var groups = state.Collector.CollectSubfields(type, group.Nodes);
        group.Subfields = new CollectedSubfields(type, groups);
        return groups;
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

    private ValueTask<object?> CompleteList(GraphQLType itemType, ObjectType parentType, FieldDefinition field, FieldGroup group, ResponsePath path, object result)
    {
        if (result is not IEnumerable items || result is string || result is IDictionary || result is JsonElement)
            throw new GraphQLError($"Expected Iterable, but did not find one for field \"{parentType.Name}.{field.Name}\".");

        var completed = result is ICollection collection ? new List<object?>(collection.Count) : [];
        List<(int Index, ValueTask<object?> Value)>? pending = null;
        var index = 0;
        try
        {
            foreach (var item in items)
            {
                var value = CompleteValueCatching(itemType, parentType, field, group, new ResponsePath(path, index), item);
                if (value.IsCompletedSuccessfully)
                {
                    completed.Add(value.Result);
                }
                else
                {
                    completed.Add(null);
                    (pending ??= []).Add((index, value));
                }
                index++;
            }
        }
        catch (GraphQLError error) when (pending is not null)
        {
            return new ValueTask<object?>(AwaitThenThrowAsync(pending, error));
        }
        return pending is null ? new ValueTask<object?>(completed) : new ValueTask<object?>(AwaitItemsAsync(completed, pending));
    }

    private static async Task<object?> AwaitItemsAsync(List<object?> completed, List<(int Index, ValueTask<object?> Value)> pending)
    {
        GraphQLError? firstError = null;
        foreach (var (index, value) in pending)
        {
            try
            {
                completed[index] = await value.ConfigureAwait(false);
            }
            catch (GraphQLError error)
            {
                firstError ??= error;
            }
        }
        if (firstError is not null) throw firstError;
        return completed;
    }

    private ObjectType ResolveRuntimeType(NamedType abstractType, ObjectType parentType, FieldDefinition field, FieldGroup group, ResponsePath path, object value)
    {
        var resolver = abstractType switch
        {
            InterfaceType iface => iface.ResolveType,
            UnionType union => union.ResolveType,
            _ => null,
        };
        var runtimeTypeName = resolver is not null
            ? resolver(value, new ResolveFieldContext(state, value, NoArguments, field, parentType, group.Nodes, path))
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
