using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Validation.Rules;

/// <summary>Every literal value fits the input type expected at its position.</summary>
public sealed class ValuesOfCorrectType : ValidationRule
{
    public override void EnterValue(ValidationContext context, ValueNode node)
    {
        var typeInfo = context.TypeInfo;
        switch (node)
        {
            case ListValueNode:
                if (typeInfo.ParentInputType?.Nullable is not ListType)
                {
                    CheckLeafValue(context, node);
                    SkipSubtree(node);
                }
                break;
            case ObjectValueNode obj:
                if (typeInfo.InputType?.GetNamedType() is not InputObjectType type)
                {
                    CheckLeafValue(context, node);
                    SkipSubtree(node);
                    break;
                }
                foreach (var field in type.Fields)
                {
                    if (field.Type is NonNullType && !field.HasDefaultValue && !obj.Fields.Any(f => f.Name.Value == field.Name))
                        context.ReportError($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", node);
                }
                if (type.IsOneOf) CheckOneOf(context, obj, type);
                break;
            case NullValueNode:
                if (typeInfo.InputType is NonNullType nonNull)
                    context.ReportError($"Expected value of type \"{nonNull}\", found {Printer.Print(node)}.", node);
                break;
            case VariableNode:
                break;
            default:
                CheckLeafValue(context, node);
                break;
        }
    }

    public override void EnterObjectField(ValidationContext context, ObjectFieldNode node)
    {
        if (context.TypeInfo.InputType is not null || context.TypeInfo.ParentInputType?.GetNamedType() is not InputObjectType parentType) return;
        var suggestions = Suggestions.SuggestionList(node.Name.Value, parentType.Fields.Select(f => f.Name));
        context.ReportError($"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\"." + Suggestions.DidYouMean(suggestions), node);
    }

    private static void CheckOneOf(ValidationContext context, ObjectValueNode node, InputObjectType type)
    {
        var names = node.Fields.Select(f => f.Name.Value).Distinct().ToList();
        if (names.Count != 1)
        {
            context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }
        if (node.Fields.Last(f => f.Name.Value == names[0]).Value is NullValueNode)
            context.ReportError($"Field \"{type.Name}.{names[0]}\" must be non-null.", node);
    }

    /// <summary>Scalars and enums parse the literal themselves; their error message is reported as is.</summary>
    private static void CheckLeafValue(ValidationContext context, ValueNode node)
    {
        if (context.TypeInfo.InputType is not { } locationType) return;
        var type = locationType.GetNamedType();
        try
        {
            switch (type)
            {
                case EnumType enumType:
                    enumType.ParseLiteral(node);
                    break;
                case ScalarType scalar:
                    if (scalar.ParseLiteral(node) is null && node is not NullValueNode) ReportMismatch(context, locationType, node);
                    break;
                default:
                    ReportMismatch(context, locationType, node);
                    break;
            }
        }
        catch (GraphQLError error)
        {
            context.ReportError(new GraphQLError(error.Message, GraphQLError.LocationsOf(node)));
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or ArgumentException)
        {
            context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {exception.Message}", node);
        }
    }

    private static void ReportMismatch(ValidationContext context, GraphQLType type, ValueNode node) =>
        context.ReportError($"Expected value of type \"{type}\", found {Printer.Print(node)}.", node);
}
