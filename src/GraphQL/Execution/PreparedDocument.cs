using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Execution;

/// <summary>The outcome of parsing, measuring and validating a query text: a usable document, or the errors and their stage.</summary>
public sealed class PreparedDocument
{
    private PreparedDocument(DocumentNode? document, IReadOnlyList<GraphQLError>? errors, RequestErrorKind errorKind)
    {
        Document = document;
        Errors = errors;
        ErrorKind = errorKind;
    }

    public DocumentNode? Document { get; }
    public IReadOnlyList<GraphQLError>? Errors { get; }
    public RequestErrorKind ErrorKind { get; }
    public bool IsValid => Errors is null;

    /// <summary>What execution worked out for this document and can reuse while the document stays cached.</summary>
    internal SharedOperationPlan? SharedPlan { get; set; }

    internal static PreparedDocument Valid(DocumentNode document) => new(document, null, RequestErrorKind.None);

    internal static PreparedDocument Invalid(IReadOnlyList<GraphQLError> errors, RequestErrorKind kind, DocumentNode? document = null) =>
        new(document, errors, kind);

    /// <summary>The operation a request would run, or null when there is no unambiguous match.</summary>
    public OperationDefinitionNode? FindOperation(string? operationName)
    {
        if (Document is null) return null;
        OperationDefinitionNode? found = null;
        foreach (var definition in Document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation) continue;
            if (operationName is null)
            {
                if (found is not null) return null;
                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }
        return found;
    }
}
