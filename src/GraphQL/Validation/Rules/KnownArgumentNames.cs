using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Validation.Rules;

public sealed class KnownArgumentNames : ValidationRule
{
    public override void EnterDirective(ValidationContext context, DirectiveNode node, DirectiveLocation location)
    {
        SkipSubtree(node);
        if (context.Schema.GetDirective(node.Name.Value) is not { } directive) return;
        foreach (var argument in node.Arguments)
        {
            var name = argument.Name.Value;
            if (directive.GetArgument(name) is not null) continue;
            var suggestions = Suggestions.SuggestionList(name, directive.Arguments.Select(a => a.Name));
            context.ReportError($"Unknown argument \"{name}\" on directive \"@{directive.Name}\"." + Suggestions.DidYouMean(suggestions), argument);
        }
    }

    public override void EnterArgument(ValidationContext context, ArgumentNode node)
    {
        var typeInfo = context.TypeInfo;
        if (typeInfo.Argument is not null || typeInfo.FieldDefinition is not { } field || typeInfo.ParentType is not { } parentType) return;
        var name = node.Name.Value;
        var suggestions = Suggestions.SuggestionList(name, field.Arguments.Select(a => a.Name));
        context.ReportError($"Unknown argument \"{name}\" on field \"{parentType.Name}.{field.Name}\"." + Suggestions.DidYouMean(suggestions), node);
    }
}
