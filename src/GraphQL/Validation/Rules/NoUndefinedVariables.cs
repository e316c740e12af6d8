using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Validation.Rules;

public sealed class NoUndefinedVariables : ValidationRule
{
    public override void LeaveOperation(ValidationContext context, OperationDefinitionNode node)
    {
        var usages = context.GetRecursiveVariableUsages(node);
        if (usages.Count == 0) return;
        var defined = new HashSet<string>(node.VariableDefinitions.Select(v => v.Variable.Name.Value), StringComparer.Ordinal);
        foreach (var usage in usages)
        {
            var name = usage.Node.Name.Value;
            if (defined.Contains(name)) continue;
            context.ReportError(node.Name is null
                ? $"Variable \"${name}\" is not defined."
                : $"Variable \"${name}\" is not defined by operation \"{node.Name.Value}\".", usage.Node, node);
        }
    }
}
