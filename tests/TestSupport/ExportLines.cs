using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgreementTracker.Integrity.Export;
using AgreementTracker.Integrity.Log;

namespace AgreementTracker.TestSupport;

/// <summary>
/// Edits to an export's lines (JSON Lines: the manifest, one event a line, the seal), as someone tampering with the
/// file would make them, and a new seal, as only the key's holder could make it.
/// </summary>
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

    /// <summary>The manifest and event lines (the file without its seal) followed by a seal over them signed with <paramref name="key"/>.</summary>
    public static string[] Sealed(IReadOnlyList<string> manifestAndEvents, SigningKey key)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(manifestAndEvents.Select(l => l + "\n"))));
        return [.. manifestAndEvents, JsonSerializer.Serialize(ExportSeal.Of(digest, key))];
    }
}
