using System.Text.Json.Nodes;

namespace AgreementTracker.TestSupport;

/// <summary>Edits to an export's lines (JSON Lines: the manifest, then one event a line), as someone tampering with the file would make them.</summary>
public static class ExportLines
{
    /// <summary>A copy of the lines with line <paramref name="index"/> parsed, edited and written back.</summary>
    public static string[] Edit(string[] lines, int index, Action<JsonNode> edit)
    {
        var copy = lines.ToArray();
        var node = JsonNode.Parse(copy[index])!;
        edit(node);
        copy[index] = node.ToJsonString();
        return copy;
    }
}
