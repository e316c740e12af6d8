using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Validation.Rules;

public sealed class KnownFragmentNames : ValidationRule
{
    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        if (context.GetFragment(node.Name.Value) is null)
            context.ReportError($"Unknown fragment \"{node.Name.Value}\".", node.Name);
    }
}
