using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Validation.Rules;

public sealed class UniqueOperationNames : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Name is not { } name) return;
        if (_known.TryGetValue(name.Value, out var first))
            context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
        else
            _known[name.Value] = name;
    }
}
