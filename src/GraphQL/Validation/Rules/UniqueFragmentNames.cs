using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Validation.Rules;

public sealed class UniqueFragmentNames : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        var name = node.Name;
        if (_known.TryGetValue(name.Value, out var first))
            context.ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
        else
            _known[name.Value] = name;
    }
}
