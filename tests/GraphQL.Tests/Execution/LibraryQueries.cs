using System.Text.Json;
using AgreementTracker.GraphQL.Execution;

namespace AgreementTracker.GraphQL.Tests.Execution;

/// <summary>Runs requests through the full pipeline (parse, validate, execute) against a fresh <see cref="SampleLibrary"/>.</summary>
internal static class LibraryQueries
{
    public static async Task<string> Run(SampleLibrary library, string query, string? variablesJson = null, string? operationName = null)
    {
        var result = await Execute(library, query, variablesJson, operationName);
        return result.ToJson();
    }

    public static Task<ExecutionResult> Execute(SampleLibrary library, string query, string? variablesJson = null, string? operationName = null) =>
        new GraphQLExecutor(library.Schema).ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            OperationName = operationName,
            Variables = variablesJson is null ? null : JsonDocument.Parse(variablesJson).RootElement,
        });
}
