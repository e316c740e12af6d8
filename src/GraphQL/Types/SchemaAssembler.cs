using AgreementTracker.GraphQL.Introspection;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Types;

/// <summary>
/// Turns SDL definitions and extensions into linked type objects, reporting SDL mistakes
/// (duplicates, unknown types, misplaced extensions) as errors located in the SDL.
/// </summary>
internal sealed class SchemaAssembler(
    IReadOnlyList<DocumentNode> documents,
    IReadOnlyDictionary<string, ScalarType> scalars,
    IReadOnlyDictionary<string, Type>? enumBindings = null,
    bool allowReservedNames = false)
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<NamedType> _definedTypes = [];
    private readonly Dictionary<string, List<TypeDefinitionNode>> _nodesByType = new(StringComparer.Ordinal);
    private readonly List<TypeDefinitionNode> _extensions = [];
    private readonly List<SchemaDefinitionNode> _schemaNodes = [];
    private readonly List<DirectiveDefinitionNode> _directiveNodes = [];

    public IReadOnlyList<GraphQLError> Errors => _errors;

    public Schema? Assemble()
    {
        AssembleTypes();
        var directives = BuildDirectives();
        SdlDirectiveChecker.Check(documents, directives, _errors);
        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments) CoerceDefaultValue(argument, $"@{directive.Name}({argument.Name}:)");
        }
        var (description, query, mutation, subscription) = ResolveRootTypes();
        if (query is null) return null;
        var types = TypeOrdering.Order(_definedTypes, directives, query, mutation, subscription);
        return new Schema(description, query, mutation, subscription, types, directives);
    }

    /// <summary>Builds the named types alone, without directives or root types.</summary>
    public IReadOnlyDictionary<string, NamedType> AssembleTypes()
    {
        CollectDefinitions();
        CreateTypes();
        AttachExtensions();
        foreach (var type in _definedTypes) FillType(type);
        BindEnums();
        CoerceDefaultValues();
        return _types;
    }

    /// <summary>Before default values are coerced, so defaults of bound enums hold CLR enum members too.</summary>
    private void BindEnums()
    {
        foreach (var (typeName, clrEnum) in enumBindings ?? new Dictionary<string, Type>())
        {
            if (_types.GetValueOrDefault(typeName) is EnumType enumType) enumType.BindClrEnum(clrEnum);
            else _errors.Add(new GraphQLError($"Cannot bind {clrEnum.Name} to \"{typeName}\": the schema has no enum of that name."));
        }
    }

    /// <summary>Input object fields first, since argument defaults may rely on their defaults.</summary>
    private void CoerceDefaultValues()
    {
        foreach (var type in _definedTypes)
        {
            if (type is not InputObjectType input) continue;
            foreach (var field in input.Fields) CoerceDefaultValue(field, $"{type.Name}.{field.Name}");
        }
        foreach (var type in _definedTypes)
        {
            if (type is not FieldsContainerType container) continue;
            foreach (var field in container.Fields)
            {
                foreach (var argument in field.Arguments) CoerceDefaultValue(argument, $"{type.Name}.{field.Name}({argument.Name}:)");
            }
        }
    }

    private void CoerceDefaultValue(InputValueDefinition input, string coordinate)
    {
        if (input.DefaultValue is null || input.CoercedDefaultValue is not null) return;
        if (LiteralValues.TryCoerce(input.DefaultValue, input.Type, null, out var value)) input.CoercedDefaultValue = value;
        else Error($"{coordinate} has invalid default value: {Printer.Print(input.DefaultValue)}.", input.DefaultValue);
    }

    private void CollectDefinitions()
    {
        foreach (var document in documents)
        {
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case SchemaDefinitionNode schemaNode:
                        _schemaNodes.Add(schemaNode);
                        break;
                    case DirectiveDefinitionNode directive:
                        _directiveNodes.Add(directive);
                        break;
                    case TypeDefinitionNode { IsExtension: true } extension:
                        _extensions.Add(extension);
                        break;
                    case TypeDefinitionNode typeNode:
                        if (_nodesByType.ContainsKey(typeNode.Name.Value))
                            Error($"There can be only one type named \"{typeNode.Name.Value}\".", _nodesByType[typeNode.Name.Value][0].Name, typeNode.Name);
                        else
                            _nodesByType[typeNode.Name.Value] = [typeNode];
                        break;
                    default:
                        Error("Executable definitions (operations and fragments) are not allowed in a schema definition.", definition);
                        break;
                }
            }
        }
    }

    private void CreateTypes()
    {
        foreach (var (name, nodes) in _nodesByType)
        {
            var node = nodes[0];
            var description = node.Description?.Value;
            if (!allowReservedNames && name.StartsWith("__", StringComparison.Ordinal))
                Error($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node.Name);
            NamedType type = node switch
            {
                ScalarTypeDefinitionNode => BuiltInScalars.Find(name) ?? CustomScalar(name, description, node),
                ObjectTypeDefinitionNode => new ObjectType(name, description),
                InterfaceTypeDefinitionNode => new InterfaceType(name, description),
                UnionTypeDefinitionNode => new UnionType(name, description),
                EnumTypeDefinitionNode => new EnumType(name, description),
                _ => new InputObjectType(name, description) { IsOneOf = FindDirective(node.Directives, "oneOf") is not null },
            };
            _types[name] = type;
            _definedTypes.Add(type);
        }
        foreach (var scalar in BuiltInScalars.All) _types.TryAdd(scalar.Name, scalar);
        foreach (var name in scalars.Keys)
        {
            if (!_nodesByType.ContainsKey(name))
                _errors.Add(new GraphQLError($"Scalar implementation \"{name}\" was supplied, but the SDL declares no \"scalar {name}\"."));
        }
    }

    private ScalarType CustomScalar(string name, string? description, TypeDefinitionNode node)
    {
        // The SDL is the contract: its description and @specifiedBy are what introspection shows.
        var scalar = scalars.GetValueOrDefault(name) ?? new ScalarType(name);
        scalar.Description = description;
        var specifiedBy = FindDirective(node.Directives, "specifiedBy");
        scalar.SpecifiedByUrl = specifiedBy is null ? null : StringArgument(specifiedBy, "url");
        return scalar;
    }

    private void AttachExtensions()
    {
        foreach (var extension in _extensions)
        {
            var name = extension.Name.Value;
            if (!_nodesByType.TryGetValue(name, out var nodes))
            {
                Error($"Cannot extend type \"{name}\" because it is not defined." + DidYouMean(name), extension.Name);
                continue;
            }
            if (nodes[0].GetType() != extension.GetType())
            {
                Error($"Cannot extend non-{KindName(extension)} type \"{name}\".", nodes[0], extension);
                continue;
            }
            nodes.Add(extension);
        }
    }

    private static string KindName(TypeDefinitionNode node) => node switch
    {
        ScalarTypeDefinitionNode => "scalar",
        ObjectTypeDefinitionNode => "object",
        InterfaceTypeDefinitionNode => "interface",
        UnionTypeDefinitionNode => "union",
        EnumTypeDefinitionNode => "enum",
        _ => "input object",
    };

    private void FillType(NamedType type)
    {
        foreach (var node in _nodesByType[type.Name])
        {
            switch (type, node)
            {
                case (FieldsContainerType container, FieldsContainerDefinitionNode fieldsNode):
                    foreach (var interfaceNode in fieldsNode.Interfaces)
                    {
                        if (ResolveNamed(interfaceNode) is { } resolved)
                        {
                            if (resolved is InterfaceType iface) container.AddInterface(iface);
                            else Error($"Type {type.Name} must only implement Interface types, it cannot implement {resolved.Name}.", interfaceNode);
                        }
                    }
                    foreach (var fieldNode in fieldsNode.Fields)
                    {
                        var field = new FieldDefinition(fieldNode.Name.Value, ResolveType(fieldNode.Type), fieldNode.Description?.Value,
                            BuildArguments(fieldNode.Arguments), DeprecationReason(fieldNode.Directives));
                        if (!container.TryAddField(field))
                            Error($"Field \"{type.Name}.{field.Name}\" can only be defined once.", fieldNode.Name);
                    }
                    break;
                case (UnionType union, UnionTypeDefinitionNode unionNode):
                    foreach (var memberNode in unionNode.Types)
                    {
                        if (ResolveNamed(memberNode) is not { } member) continue;
                        if (member is ObjectType obj)
                        {
                            if (union.Types.Contains(obj)) Error($"Union type {union.Name} can only include type {obj.Name} once.", memberNode);
                            else union.AddType(obj);
                        }
                        else Error($"Union type {union.Name} can only include Object types, it cannot include {member.Name}.", memberNode);
                    }
                    break;
                case (EnumType enumType, EnumTypeDefinitionNode enumNode):
                    foreach (var valueNode in enumNode.Values)
                    {
                        var value = new EnumValueDefinition(valueNode.Name.Value, valueNode.Description?.Value, DeprecationReason(valueNode.Directives), valueNode.Name.Value);
                        if (!enumType.TryAddValue(value))
                            Error($"Enum value \"{enumType.Name}.{value.Name}\" can only be defined once.", valueNode.Name);
                    }
                    break;
                case (InputObjectType input, InputObjectTypeDefinitionNode inputNode):
                    foreach (var fieldNode in inputNode.Fields)
                    {
                        if (!input.TryAddField(BuildInputValue(fieldNode)))
                            Error($"Field \"{input.Name}.{fieldNode.Name.Value}\" can only be defined once.", fieldNode.Name);
                    }
                    break;
            }
        }
    }

    private IReadOnlyList<InputValueDefinition> BuildArguments(IReadOnlyList<InputValueDefinitionNode> nodes)
    {
        if (nodes.Count == 0) return [];
        var arguments = new List<InputValueDefinition>(nodes.Count);
        foreach (var node in nodes)
        {
            if (arguments.Exists(a => a.Name == node.Name.Value))
                Error($"Argument \"{node.Name.Value}\" can only be defined once.", node.Name);
            else
                arguments.Add(BuildInputValue(node));
        }
        return arguments;
    }

    private InputValueDefinition BuildInputValue(InputValueDefinitionNode node) =>
        new(node.Name.Value, ResolveType(node.Type), node.Description?.Value, node.DefaultValue, DeprecationReason(node.Directives));

    private List<DirectiveDefinition> BuildDirectives()
    {
        var directives = new List<DirectiveDefinition>();
        foreach (var node in _directiveNodes)
        {
            if (directives.Exists(d => d.Name == node.Name.Value))
            {
                Error($"There can be only one directive named \"@{node.Name.Value}\".", node.Name);
                continue;
            }
            var locations = new List<DirectiveLocation>();
            foreach (var locationNode in node.Locations)
            {
                DirectiveLocationExtensions.TryParse(locationNode.Value, out var location);
                locations.Add(location);
            }
            directives.Add(new DirectiveDefinition(node.Name.Value, node.Description?.Value, BuildArguments(node.Arguments), locations, node.Repeatable));
        }
        foreach (var specified in SpecifiedDirectives.All)
        {
            if (!directives.Exists(d => d.Name == specified.Name)) directives.Add(specified);
        }
        return directives;
    }

    private (string? Description, ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) ResolveRootTypes()
    {
        var definitions = _schemaNodes.Where(n => !n.IsExtension).ToList();
        if (definitions.Count > 1) Error("Must provide only one schema definition.", definitions[1]);
        var roots = new Dictionary<OperationType, ObjectType?>();
        foreach (var schemaNode in _schemaNodes)
        {
            foreach (var operationType in schemaNode.OperationTypes)
            {
                if (roots.ContainsKey(operationType.Operation))
                {
                    Error($"There can be only one {operationType.Operation.ToString().ToLowerInvariant()} type in schema.", operationType);
                    continue;
                }
                var type = ResolveNamed(operationType.Type);
                if (type is not null && type is not ObjectType)
                    Error($"{operationType.Operation} root type must be Object type, it cannot be {type.Name}.", operationType.Type);
                roots[operationType.Operation] = type as ObjectType;
            }
        }
        if (definitions.Count == 0)
        {
            roots.TryAdd(OperationType.Query, _types.GetValueOrDefault("Query") as ObjectType);
            roots.TryAdd(OperationType.Mutation, _types.GetValueOrDefault("Mutation") as ObjectType);
            roots.TryAdd(OperationType.Subscription, _types.GetValueOrDefault("Subscription") as ObjectType);
        }
        var query = roots.GetValueOrDefault(OperationType.Query);
        if (query is null) _errors.Add(new GraphQLError("Query root type must be provided."));
        return (definitions.FirstOrDefault()?.Description?.Value, query,
            roots.GetValueOrDefault(OperationType.Mutation), roots.GetValueOrDefault(OperationType.Subscription));
    }

    private GraphQLType ResolveType(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(ResolveType(nonNull.Type)),
        ListTypeNode list => new ListType(ResolveType(list.Type)),
        NamedTypeNode named => ResolveNamed(named) ?? BuiltInScalars.String,
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private NamedType? ResolveNamed(NamedTypeNode node)
    {
        if (_types.TryGetValue(node.Name.Value, out var type)) return type;
        Error($"Unknown type \"{node.Name.Value}\"." + DidYouMean(node.Name.Value), node);
        return null;
    }

    private string DidYouMean(string name) => Suggestions.DidYouMean(Suggestions.SuggestionList(name, _types.Keys));

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = FindDirective(directives, "deprecated");
        if (deprecated is null) return null;
        return StringArgument(deprecated, "reason") ?? SpecifiedDirectives.DefaultDeprecationReason;
    }

    private static DirectiveNode? FindDirective(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name) return directive;
        }
        return null;
    }

    private static string? StringArgument(DirectiveNode directive, string name)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == name && argument.Value is StringValueNode value) return value.Value;
        }
        return null;
    }

    private void Error(string message, params Node[] nodes) =>
        _errors.Add(new GraphQLError(message, GraphQLError.LocationsOf(nodes)));
}
