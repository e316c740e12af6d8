using System.Text.Json.Nodes;

namespace AgreementTracker.GraphQL.Conformance.Tests.Corpus;

/// <summary>One request of the corpus: a document with its variables and operation name.</summary>
/// <param name="Id">"area/name", unique across the corpus; the test case's display name.</param>
/// <param name="UnorderedListKeys">Response keys whose lists may come in any order (e.g. <c>__schema.types</c>).</param>
public sealed record CorpusCase(
    string Id,
    string Document,
    JsonObject? Variables,
    string? OperationName,
    IReadOnlySet<string> UnorderedListKeys);
