using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Validation.Rules;

public sealed class LoneAnonymousOperation : ValidationRule
{
    private int _operationCount;

    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode) _operationCount++;
        }
    }

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Name is null && _operationCount > 1)
            context.ReportError("This anonymous operation must be the only defined operation.", node);
    }
}
