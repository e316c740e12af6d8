using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Validation.Rules;

public sealed class FragmentsOnCompositeTypes : ValidationRule
{
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (node.TypeCondition is { } condition && IsNonComposite(context, condition))
            context.ReportError($"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition);
    }

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        if (IsNonComposite(context, node.TypeCondition))
            context.ReportError($"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{node.TypeCondition.Name.Value}\".", node.TypeCondition);
    }

    private static bool IsNonComposite(ValidationContext context, NamedTypeNode condition) =>
        context.Schema.GetType(condition.Name.Value) is { } type && type is not (ObjectType or InterfaceType or UnionType);
}
