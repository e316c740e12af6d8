using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Validation.Rules;

public sealed class NoUnusedVariables : ValidationRule
{
    public override void LeaveOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.VariableDefinitions.Count == 0) return;
        var used = new HashSet<string>(context.GetRecursiveVariableUsages(node).Select(u => u.Node.Name.Value), StringComparer.Ordinal);
        foreach (var definition in node.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (used.Contains(name)) continue;
            context.ReportError(node.Name is null
                ? $"Variable \"${name}\" is never used."
                : $"Variable \"${name}\" is never used in operation \"{node.Name.Value}\".", definition);
        }
    }
}
