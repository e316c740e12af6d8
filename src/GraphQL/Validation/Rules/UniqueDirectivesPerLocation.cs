using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Validation.Rules;

/// <summary>A non-repeatable directive appears at most once on a node.</summary>
public sealed class UniqueDirectivesPerLocation : ValidationRule
{
    public override void EnterDirectives(ValidationContext context, IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count < 2) return;
        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (context.Schema.GetDirective(name) is not { IsRepeatable: false }) continue;
            if (seen.TryGetValue(name, out var first))
                context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            else
                seen[name] = directive;
        }
    }
}
