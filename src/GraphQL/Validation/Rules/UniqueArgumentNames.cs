using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Validation.Rules;

public sealed class UniqueArgumentNames : ValidationRule
{
    public override void EnterArguments(ValidationContext context, IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2) return;
        foreach (var group in arguments.GroupBy(a => a.Name.Value))
        {
            if (group.Count() > 1)
                context.ReportError($"There can be only one argument named \"{group.Key}\".", [.. group.Select(a => (Node)a.Name)]);
        }
    }
}
