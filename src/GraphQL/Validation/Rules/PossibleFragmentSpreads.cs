using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Validation.Rules;

/// <summary>A fragment may only be spread where some object could be of both the parent type and its type condition.</summary>
public sealed class PossibleFragmentSpreads : ValidationRule
{
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (context.TypeInfo.Type is not { } fragmentType || context.TypeInfo.ParentType is not { } parentType) return;
        if (!IsComposite(fragmentType) || TypeComparators.DoTypesOverlap(context.Schema, (NamedType)fragmentType, parentType)) return;
        context.ReportError($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType}\".", node);
    }

    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        var fragment = context.GetFragment(node.Name.Value);
        if (fragment is null || context.Schema.GetType(fragment.TypeCondition.Name.Value) is not { } fragmentType) return;
        if (context.TypeInfo.ParentType is not { } parentType || !IsComposite(fragmentType)) return;
        if (TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType)) return;
        context.ReportError($"Fragment \"{node.Name.Value}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
    }

    private static bool IsComposite(GraphQLType type) => type is ObjectType or InterfaceType or UnionType;
}
