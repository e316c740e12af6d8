using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.GraphQL.Validation.Rules;

namespace AgreementTracker.GraphQL.Validation;

/// <summary>Validates an executable document against a schema with the specification's rules (graphql-js's validate).</summary>
public static class DocumentValidator
{
    public const int DefaultMaxErrors = 100;

    /// <summary>The rules of the specification's validation chapter, in graphql-js's order, plus its recommended introspection depth limit.</summary>
    public static IReadOnlyList<Func<ValidationRule>> SpecifiedRules { get; } =
    [
        () => new ExecutableDefinitions(),
        () => new UniqueOperationNames(),
        () => new LoneAnonymousOperation(),
        () => new SingleFieldSubscriptions(),
        () => new KnownTypeNames(),
        () => new FragmentsOnCompositeTypes(),
        () => new VariablesAreInputTypes(),
        () => new ScalarLeafs(),
        () => new FieldsOnCorrectType(),
        () => new UniqueFragmentNames(),
        () => new KnownFragmentNames(),
        () => new NoUnusedFragments(),
        () => new PossibleFragmentSpreads(),
        () => new NoFragmentCycles(),
        () => new UniqueVariableNames(),
        () => new NoUndefinedVariables(),
        () => new NoUnusedVariables(),
        () => new KnownDirectives(),
        () => new UniqueDirectivesPerLocation(),
        () => new KnownArgumentNames(),
        () => new UniqueArgumentNames(),
        () => new ValuesOfCorrectType(),
        () => new ProvidedRequiredArguments(),
        () => new VariablesInAllowedPosition(),
        () => new OverlappingFieldsCanBeMerged(),
        () => new UniqueInputFieldNames(),
        () => new MaxIntrospectionDepth(),
    ];

    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<Func<ValidationRule>>? rules = null,
        int maxErrors = DefaultMaxErrors)
    {
        var errors = new List<GraphQLError>();
        var context = new ValidationContext(schema, document, new TypeInfo(schema), errors, maxErrors);
        var instances = (rules ?? SpecifiedRules).Select(create => create()).ToArray();
        try
        {
            new DocumentWalker(context, instances).WalkDocument(document);
        }
        catch (ValidationAbortedException)
        {
            // The error limit was reached; the errors so far (and the notice) are the answer.
        }
        return errors;
    }
}
