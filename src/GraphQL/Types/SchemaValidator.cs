using AgreementTracker.GraphQL.Introspection;

namespace AgreementTracker.GraphQL.Types;

/// <summary>The type system's validity rules (graphql-js's validateSchema), with its messages.</summary>
internal static class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var errors = new List<string>();
        foreach (var directive in schema.Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                if (!argument.Type.IsInputType)
                    errors.Add($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
            }
        }
        foreach (var type in schema.Types)
        {
            if (IntrospectionTypes.IsIntrospectionType(type)) continue;
            switch (type)
            {
                case FieldsContainerType container:
                    ValidateFields(container, errors);
                    ValidateInterfaces(schema, container, errors);
                    break;
                case UnionType union when union.Types.Count == 0:
                    errors.Add($"Union type {union.Name} must define one or more member types.");
                    break;
                case EnumType enumType:
                    if (enumType.Values.Count == 0) errors.Add($"Enum type {enumType.Name} must define one or more values.");
                    foreach (var value in enumType.Values)
                    {
                        if (value.Name is "true" or "false" or "null") errors.Add($"Enum type {enumType.Name} cannot include value: {value.Name}.");
                    }
                    break;
                case InputObjectType input:
                    ValidateInputObject(input, errors);
                    break;
            }
        }
        new InputCycleDetector(errors).Check(schema);
        return errors.ConvertAll(message => new GraphQLError(message));
    }

    private static void ValidateFields(FieldsContainerType type, List<string> errors)
    {
        if (type.Fields.Count == 0) errors.Add($"Type {type.Name} must define one or more fields.");
        foreach (var field in type.Fields)
        {
            if (!field.Type.IsOutputType) errors.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            foreach (var argument in field.Arguments)
            {
                if (!argument.Type.IsInputType)
                    errors.Add($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                if (argument.Type is NonNullType && !argument.HasDefaultValue && argument.IsDeprecated)
                    errors.Add($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.");
            }
        }
    }

    private static void ValidateInterfaces(Schema schema, FieldsContainerType type, List<string> errors)
    {
        var seen = new HashSet<InterfaceType>();
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }
            if (!seen.Add(iface))
            {
                errors.Add($"Type {type.Name} can only implement {iface.Name} once.");
                continue;
            }
            foreach (var transitive in iface.Interfaces)
            {
                if (!type.Implements(transitive))
                {
                    errors.Add(ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
                }
            }
            ValidateImplementation(schema, type, iface, errors);
        }
    }

    private static void ValidateImplementation(Schema schema, FieldsContainerType type, InterfaceType iface, List<string> errors)
    {
        foreach (var interfaceField in iface.Fields)
        {
            var fieldName = interfaceField.Name;
            var typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                errors.Add($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.");
                continue;
            }
            if (!TypeComparators.IsTypeSubTypeOf(schema, typeField.Type, interfaceField.Type))
                errors.Add($"Interface field {iface.Name}.{fieldName} expects type {interfaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.");
            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var typeArgument = typeField.GetArgument(interfaceArgument.Name);
                if (typeArgument is null)
                {
                    errors.Add($"Interface field argument {iface.Name}.{fieldName}({interfaceArgument.Name}:) expected but {type.Name}.{fieldName} does not provide it.");
                    continue;
                }
                if (!TypeComparators.IsEqualType(interfaceArgument.Type, typeArgument.Type))
                    errors.Add($"Interface field argument {iface.Name}.{fieldName}({interfaceArgument.Name}:) expects type {interfaceArgument.Type} but {type.Name}.{fieldName}({typeArgument.Name}:) is type {typeArgument.Type}.");
            }
            foreach (var typeArgument in typeField.Arguments)
            {
                if (interfaceField.GetArgument(typeArgument.Name) is null && typeArgument.Type is NonNullType && !typeArgument.HasDefaultValue)
                    errors.Add($"Object field {type.Name}.{fieldName} includes required argument {typeArgument.Name} that is missing from the Interface field {iface.Name}.{fieldName}.");
            }
        }
    }

    private static void ValidateInputObject(InputObjectType input, List<string> errors)
    {
        if (input.Fields.Count == 0) errors.Add($"Input Object type {input.Name} must define one or more fields.");
        foreach (var field in input.Fields)
        {
            if (!field.Type.IsInputType) errors.Add($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            if (field.Type is NonNullType && !field.HasDefaultValue && field.IsDeprecated)
                errors.Add($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
            if (input.IsOneOf)
            {
                if (field.Type is NonNullType) errors.Add($"OneOf input field {input.Name}.{field.Name} must be nullable.");
                if (field.HasDefaultValue) errors.Add($"OneOf input field {input.Name}.{field.Name} cannot have a default value.");
            }
        }
    }

    /// <summary>Input objects may not require themselves through a chain of non-null fields (no finite value would exist).</summary>
    private sealed class InputCycleDetector(List<string> errors)
    {
        private readonly HashSet<InputObjectType> _visited = [];
        private readonly List<InputValueDefinition> _path = [];
        private readonly Dictionary<InputObjectType, int> _pathIndex = [];

        public void Check(Schema schema)
        {
            foreach (var type in schema.Types)
            {
                if (type is InputObjectType input) Detect(input);
            }
        }

        private void Detect(InputObjectType input)
        {
            if (!_visited.Add(input)) return;
            _pathIndex[input] = _path.Count;
            foreach (var field in input.Fields)
            {
                if (field.Type is not NonNullType { OfType: InputObjectType fieldType }) continue;
                _path.Add(field);
                if (!_pathIndex.TryGetValue(fieldType, out var cycleIndex))
                {
                    Detect(fieldType);
                }
                else
                {
                    var cycle = string.Join(".", _path.Skip(cycleIndex).Select(f => f.Name));
                    errors.Add($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{cycle}\".");
                }
                _path.RemoveAt(_path.Count - 1);
            }
            _pathIndex.Remove(input);
        }
    }
}
