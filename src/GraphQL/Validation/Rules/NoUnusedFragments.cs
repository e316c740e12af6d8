using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Validation.Rules;

public sealed class NoUnusedFragments : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        if (!node.Definitions.Any(definition => definition is FragmentDefinitionNode)) return;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in node.Definitions.OfType<OperationDefinitionNode>())
        {
            foreach (var fragment in context.GetRecursivelyReferencedFragments(operation)) used.Add(fragment.Name.Value);
        }
        foreach (var fragment in node.Definitions.OfType<FragmentDefinitionNode>())
        {
            if (!used.Contains(fragment.Name.Value))
                context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
        }
    }
}
