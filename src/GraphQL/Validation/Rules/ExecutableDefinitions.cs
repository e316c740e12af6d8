using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Validation.Rules;

/// <summary>Only operations and fragments may appear in an executable document.</summary>
public sealed class ExecutableDefinitions : ValidationRule
{
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode or FragmentDefinitionNode) continue;
            var name = definition switch
            {
                SchemaDefinitionNode => "schema",
                TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                _ => "unknown",
            };
            context.ReportError($"The {name} definition is not executable.", definition);
        }
    }
}
