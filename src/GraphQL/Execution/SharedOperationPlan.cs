using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Execution;

/// <summary>
/// The collected fields of an operation that declares no variables, kept with its cached document: nothing
/// in them can change between requests (no @skip/@include condition and no argument depends on a variable),
/// so a repeated query executes without collecting fields, finding field definitions or coercing arguments again.
/// </summary>
internal sealed record SharedOperationPlan(Schema Schema, OperationDefinitionNode Operation, FieldCollector Collector)
{
    public static FieldCollector CollectorFor(
        Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables, PreparedDocument? prepared)
    {
        if (prepared is null || operation.VariableDefinitions.Count > 0) return new FieldCollector(schema, FragmentsOf(document), variables);
        if (prepared.SharedPlan is { } shared && ReferenceEquals(shared.Schema, schema) && ReferenceEquals(shared.Operation, operation))
            return shared.Collector;
        var collector = new FieldCollector(schema, FragmentsOf(document), variables);
        prepared.SharedPlan = new SharedOperationPlan(schema, operation, collector);
        return collector;
    }

    private static Dictionary<string, FragmentDefinitionNode> FragmentsOf(DocumentNode document)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment) fragments.TryAdd(fragment.Name.Value, fragment);
        }
        return fragments;
    }
}
