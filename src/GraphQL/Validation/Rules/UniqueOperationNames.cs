using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Validation.Rules;

public sealed class UniqueOperationNames : ValidationRule
{
    private Dictionary<string, NameNode>? _known;

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Name is not { } name) return;
        _known ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
        if (_known.TryGetValue(name.Value, out var first))
            context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
        else
            _known[name.Value] = name;
    }
}
