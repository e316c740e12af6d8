using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Validation.Rules;

public sealed class KnownTypeNames : ValidationRule
{
    private IReadOnlySet<string> _definedInDocument = EmptySet;

    private static readonly IReadOnlySet<string> EmptySet = new HashSet<string>();

    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        if (node.Definitions.Any(definition => definition is TypeDefinitionNode))
            _definedInDocument = node.Definitions.OfType<TypeDefinitionNode>().Select(d => d.Name.Value).ToHashSet();
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
