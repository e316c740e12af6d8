using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Validation.Rules;

public sealed class UniqueVariableNames : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        foreach (var group in node.VariableDefinitions.GroupBy(v => v.Variable.Name.Value))
        {
            if (group.Count() > 1)
                context.ReportError($"There can be only one variable named \"${group.Key}\".", [.. group.Select(v => (Node)v.Variable.Name)]);
        }
    }
}
