using System.Text;
using System.Text.Json.Nodes;

namespace AgreementTracker.GraphQL.Conformance.Tests.Corpus;

/// <summary>
/// Reads a corpus file: cases start at a <c># case: name</c> line and run to the next one. Within a
/// case, <c># variables: {json}</c>, <c># operationName: Name</c> and <c># unordered: key, key</c> lines
/// set the request around the document and are not part of it; every other line is the document.
/// </summary>
public static class CorpusFile
{
    private const string CaseMarker = "# case:";
    private const string VariablesMarker = "# variables:";
    private const string OperationNameMarker = "# operationName:";
    private const string UnorderedMarker = "# unordered:";

    public static IEnumerable<CorpusCase> Read(string path)
    {
        var area = Path.GetFileNameWithoutExtension(path);
        string? name = null;
        var document = new StringBuilder();
        JsonObject? variables = null;
        string? operationName = null;
        HashSet<string> unordered = [];

        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith(CaseMarker, StringComparison.Ordinal))
            {
                if (name is not null) yield return Finish();
                name = line[CaseMarker.Length..].Trim();
                document.Clear();
                variables = null;
                operationName = null;
                unordered = [];
            }
            else if (name is null)
            {
                continue;
            }
            else if (line.StartsWith(VariablesMarker, StringComparison.Ordinal))
            {
                variables = JsonNode.Parse(line[VariablesMarker.Length..])?.AsObject()
                    ?? throw new FormatException($"{path}: case {name} has variables that are not a JSON object.");
            }
            else if (line.StartsWith(OperationNameMarker, StringComparison.Ordinal))
            {
                operationName = line[OperationNameMarker.Length..].Trim();
            }
            else if (line.StartsWith(UnorderedMarker, StringComparison.Ordinal))
            {
                unordered = [.. line[UnorderedMarker.Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
            }
            else
            {
                document.Append(line).Append('\n');
            }
        }
        if (name is not null) yield return Finish();

        CorpusCase Finish() => new($"{area}/{name}", document.ToString().TrimEnd('\n'), variables, operationName, unordered);
    }
}
