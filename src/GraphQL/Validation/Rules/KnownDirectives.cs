using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Validation.Rules;

public sealed class KnownDirectives : ValidationRule
{
    public override void EnterDirective(ValidationContext context, DirectiveNode node, DirectiveLocation location)
    {
        var directive = context.Schema.GetDirective(node.Name.Value);
        if (directive is null)
        {
            context.ReportError($"Unknown directive \"@{node.Name.Value}\".", node);
            return;
        }
        if (!directive.Locations.Contains(location))
            context.ReportError($"Directive \"@{node.Name.Value}\" may not be used on {location.SpecName()}.", node);
    }
}
