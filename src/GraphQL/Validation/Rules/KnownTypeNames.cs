using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Validation.Rules;

public sealed class KnownTypeNames : ValidationRule
{
    private HashSet<string> _definedInDocument = [];

    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        _definedInDocument = [.. node.Definitions.OfType<TypeDefinitionNode>().Select(d => d.Name.Value)];
    }

    public override void EnterNamedType(ValidationContext context, NamedTypeNode node, bool inTypeSystemDefinition)
    {
        var name = node.Name.Value;
        if (context.Schema.GetType(name) is not null || _definedInDocument.Contains(name)) return;
        if (inTypeSystemDefinition && BuiltInScalars.IsBuiltIn(name)) return;
        var candidates = context.Schema.Types.Select(t => t.Name).Concat(_definedInDocument);
        if (inTypeSystemDefinition) candidates = BuiltInScalars.All.Select(s => s.Name).Concat(candidates);
        context.ReportError($"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.SuggestionList(name, candidates.Distinct())), node);
    }
}
