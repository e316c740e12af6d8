using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Validation.Rules;

public sealed class UniqueInputFieldNames : ValidationRule
{
    public override void EnterValue(ValidationContext context, ValueNode node)
    {
        if (node is not ObjectValueNode obj || obj.Fields.Count < 2) return;
        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            if (known.TryGetValue(field.Name.Value, out var first))
                context.ReportError($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
            else
                known[field.Name.Value] = field.Name;
        }
    }
}
