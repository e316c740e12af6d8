using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Introspection;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Validation;

/// <summary>
/// Tracks, while a document is walked, the schema types that apply at the current node
/// (graphql-js's TypeInfo): output type, parent composite type, field, input type, argument, directive.
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private readonly List<GraphQLType?> _types = [];
    private readonly List<NamedType?> _parentTypes = [];
    private readonly List<GraphQLType?> _inputTypes = [];
    private readonly List<FieldDefinition?> _fields = [];
    private readonly List<bool> _defaultValues = [];

    public Schema Schema { get; } = schema;

    public GraphQLType? Type => Peek(_types);

    /// <summary>The composite type whose selection set contains the current node.</summary>
    public NamedType? ParentType => Peek(_parentTypes);

    public GraphQLType? InputType => Peek(_inputTypes);

    public GraphQLType? ParentInputType => _inputTypes.Count > 1 ? _inputTypes[^2] : null;

    public FieldDefinition? FieldDefinition => Peek(_fields);

    /// <summary>Whether the input position (argument or input field) has a default value.</summary>
    public bool HasDefaultValue => _defaultValues.Count > 0 && _defaultValues[^1];

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    private static T? Peek<T>(List<T?> stack) where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);

    internal void EnterSelectionSet()
    {
        var named = Type?.GetNamedType();
        _parentTypes.Add(named is ObjectType or InterfaceType or UnionType ? named : null);
    }

    internal void LeaveSelectionSet() => Pop(_parentTypes);

    internal void EnterField(FieldNode node)
    {
        var field = ParentType is { } parent ? GetFieldDefinition(Schema, parent, node.Name.Value) : null;
        _fields.Add(field);
        _types.Add(field?.Type is { IsOutputType: true } type ? type : null);
    }

    internal void LeaveField()
    {
        Pop(_fields);
        Pop(_types);
    }

    internal void EnterDirective(DirectiveNode node) => Directive = Schema.GetDirective(node.Name.Value);

    internal void LeaveDirective() => Directive = null;

    internal void EnterOperation(OperationDefinitionNode node) => _types.Add(Schema.GetRootType(node.Operation));

    /// <summary>Inline fragments and fragment definitions: the type condition, or the enclosing type.</summary>
    internal void EnterFragment(NamedTypeNode? typeCondition)
    {
        var type = typeCondition is not null ? Schema.GetType(typeCondition.Name.Value) : Type?.GetNamedType();
        _types.Add(type is { IsOutputType: true } ? type : null);
    }

    internal void LeaveTypeScope() => Pop(_types);

    internal void EnterVariableDefinition(VariableDefinitionNode node)
    {
        var type = VariableCoercion.TypeFromAst(Schema, node.Type);
        _inputTypes.Add(type is { IsInputType: true } ? type : null);
    }

    internal void LeaveInputScope() => Pop(_inputTypes);

    internal void EnterArgument(ArgumentNode node)
    {
        var argument = Directive is not null ? Directive.GetArgument(node.Name.Value) : FieldDefinition?.GetArgument(node.Name.Value);
        Argument = argument;
        _defaultValues.Add(argument?.HasDefaultValue ?? false);
        _inputTypes.Add(argument?.Type is { IsInputType: true } type ? type : null);
    }

    internal void LeaveArgument()
    {
        Argument = null;
        Pop(_defaultValues);
        Pop(_inputTypes);
    }

    internal void EnterListValue()
    {
        var listType = InputType?.Nullable;
        var itemType = listType is ListType list ? list.OfType : listType;
        _defaultValues.Add(false);
        _inputTypes.Add(itemType is { IsInputType: true } ? itemType : null);
    }

    internal void EnterObjectField(ObjectFieldNode node)
    {
        var field = InputType?.GetNamedType() is InputObjectType input ? input.GetField(node.Name.Value) : null;
        _defaultValues.Add(field?.HasDefaultValue ?? false);
        _inputTypes.Add(field?.Type is { IsInputType: true } type ? type : null);
    }

    internal void LeaveDefaultValueScope()
    {
        Pop(_defaultValues);
        Pop(_inputTypes);
    }

    /// <summary>A field of a composite type including the meta fields (graphql-js's getFieldDef).</summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, NamedType parentType, string fieldName)
    {
        if (fieldName == "__schema" && ReferenceEquals(parentType, schema.QueryType)) return IntrospectionTypes.SchemaMetaField;
        if (fieldName == "__type" && ReferenceEquals(parentType, schema.QueryType)) return IntrospectionTypes.TypeMetaField;
        if (fieldName == "__typename" && parentType is ObjectType or InterfaceType or UnionType) return IntrospectionTypes.TypeNameMetaField;
        return (parentType as FieldsContainerType)?.GetField(fieldName);
    }
}
