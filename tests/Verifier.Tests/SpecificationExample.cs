using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgreementTracker.Integrity.Export;

namespace AgreementTracker.Verifier.Tests;

/// <summary>
/// Section 11 ("Worked example") of schema/evidence/export-format.md, read from the document itself so the tests follow
/// it rather than a copy: its fenced blocks (the bytes hashed for an event, the tree, the public key, the checkpoint's
/// signed text, the whole export), the values its prose states, and the export and key written to files as an auditor
/// would save them. Tests write their edited copies beside them (<see cref="Write"/>).
/// </summary>
public sealed partial class SpecificationExample : IDisposable
{
    public static readonly string Specification = SourceTree.InRepository("schema", "evidence", "export-format.md");

    private const string Heading = "## 11. Worked example";

    private readonly IReadOnlyList<string> _blocks;

    private readonly string _folder = Directory.CreateTempSubdirectory("agreementtracker-spec-example-").FullName;

    public SpecificationExample()
    {
        var lines = File.ReadAllText(Specification).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var start = Array.IndexOf(lines, Heading);
        Assert.True(start >= 0, $"{Specification} has no line '{Heading}'");
        var section = lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).ToArray();
        Text = string.Join('\n', section);
        _blocks = FencedBlocks(section);
        Assert.True(_blocks.Count == 5, $"section 11 has {_blocks.Count} fenced blocks; the tests read five (the hashed bytes, the tree, the key, the signed text, the export)");
        ExportText = Block("the export", b => b.StartsWith("{\"format\":", StringComparison.Ordinal));
        var exportLines = ExportText.TrimEnd('\n').Split('\n');
        Manifest = JsonSerializer.Deserialize<ExportManifest>(exportLines[0])!;
        Events = [.. exportLines[1..^1].Select(l => JsonSerializer.Deserialize<ExportedEvent>(l)!)];
        Seal = JsonSerializer.Deserialize<ExportSeal>(exportLines[^1])!;
        ExportLines = exportLines;
        var publicKeyPem = Block("the public key", b => b.StartsWith("-----BEGIN PUBLIC KEY-----", StringComparison.Ordinal));
        using (var key = ECDsa.Create())
        {
            key.ImportFromPem(publicKeyPem);
            PublicKey = key.ExportSubjectPublicKeyInfo();
        }
        HashedBytesBlock = Block("the hashed bytes", b => HashedBytesRow().IsMatch(b));
        TreeBlock = Block("the tree", b => b.StartsWith("leaf 0 =", StringComparison.Ordinal));
        CheckpointSignedTextBlock = Block("the checkpoint's signed text", b => b.StartsWith("AgreementTracker event log", StringComparison.Ordinal));
        ExportFile = Write("example.jsonl", ExportText);
        PublicKeyFile = Write("example.pub.pem", publicKeyPem);
    }

    /// <summary>The section's text, without its heading.</summary>
    public string Text { get; }

    /// <summary>The whole export, as the block gives it: each line ended by LF, the seal's too.</summary>
    public string ExportText { get; }

    /// <summary>The export's lines without their LFs: the manifest, the event lines, the seal.</summary>
    public string[] ExportLines { get; }

    public ExportManifest Manifest { get; }

    public IReadOnlyList<ExportedEvent> Events { get; }

    public ExportSeal Seal { get; }

    /// <summary>The DER bytes (SubjectPublicKeyInfo) of the public key the section gives in PEM.</summary>
    public byte[] PublicKey { get; }

    /// <summary>The bytes hashed for an event, a row per field: hex digits, then (after three spaces or more) what they are.</summary>
    public string HashedBytesBlock { get; }

    /// <summary>The tree's hashes, one a line: <c>name = how = hex</c>, and the root's base64.</summary>
    public string TreeBlock { get; }

    /// <summary>The checkpoint's signed text, one line, with <c>\n</c> written for each LF.</summary>
    public string CheckpointSignedTextBlock { get; }

    public string ExportFile { get; }

    public string PublicKeyFile { get; }

    /// <summary>"The checkpoint of size …, signed at … by the key".</summary>
    public (long Size, DateTimeOffset SignedAt) StatedCheckpoint
    {
        get
        {
            var stated = Stated(@"The checkpoint\*\* of size (\d+), signed at (\S+) by the key");
            return (long.Parse(stated.Groups[1].Value, CultureInfo.InvariantCulture), DateTimeOffset.Parse(stated.Groups[2].Value, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The tree's root in base64, as the tree block ends ("= base64 …").</summary>
    public string StatedRoot => Stated(@"= base64 (\S+)").Groups[1].Value;

    /// <summary>"whose key id (SHA-256 of those … DER bytes) is `…`".</summary>
    public string StatedKeyId => Stated(@"key id \([^)]*\) is `([0-9a-f]{64})`").Groups[1].Value;

    /// <summary>The stream the section names by <paramref name="letter"/> ("Streams A = `…` and B = `…`").</summary>
    public Guid Stream(string letter) => Guid.Parse(Stated($@"\b{letter} = `([0-9a-f-]{{36}})`").Groups[1].Value);

    /// <summary>The section's text matching <paramref name="pattern"/> (whitespace, line ends included, matched by <c>\s</c>); fails if it says no such thing.</summary>
    public Match Stated(string pattern)
    {
        var match = Regex.Match(Text, pattern, RegexOptions.Singleline);
        Assert.True(match.Success, $"section 11 of the specification no longer states anything matching {pattern}");
        return match;
    }

    /// <summary>The hash the tree block gives <paramref name="name"/> (<c>leaf 0</c>, <c>node(0,1)</c>, <c>root</c>), as bytes.</summary>
    public byte[] TreeHash(string name)
    {
        var line = TreeBlock.Split('\n').SingleOrDefault(l => l.StartsWith(name + " ", StringComparison.Ordinal));
        Assert.True(line is not null, $"the tree block of section 11 gives no '{name}'");
        return Convert.FromHexString(TreeHashAtEnd().Match(line).Groups[1].Value);
    }

    /// <summary>
    /// Does <paramref name="abbreviated"/>, as the prose shortens a hash (<c>d6304e78…3639</c>), stand for
    /// <paramref name="hex"/>: its start and its end?
    /// </summary>
    public static bool Abbreviates(string abbreviated, string hex) =>
        abbreviated.Split('…') is [var head, var tail] && hex.StartsWith(head, StringComparison.Ordinal) && hex.EndsWith(tail, StringComparison.Ordinal);

    public string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(content));
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Block(string kind, Func<string, bool> isIt)
    {
        var matching = _blocks.Where(isIt).ToList();
        Assert.True(matching.Count == 1, $"section 11 has {matching.Count} fenced blocks that look like {kind}, not one");
        return matching[0];
    }

    /// <summary>The contents of each fenced block (between lines starting with three backticks), each line ended by LF.</summary>
    private static List<string> FencedBlocks(string[] lines)
    {
        var blocks = new List<string>();
        StringBuilder? open = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (open is not null)
                    blocks.Add(open.ToString());
                open = open is null ? new StringBuilder() : null;
            }
            else
            {
                open?.Append(line).Append('\n');
            }
        }
        Assert.True(open is null, "section 11 has a fenced block that is never closed");
        return blocks;
    }

    [GeneratedRegex(@"^[0-9a-f]{64}\s{3,}previous")]
    private static partial Regex HashedBytesRow();

    [GeneratedRegex(@"= ([0-9a-f]{64})\b")]
    private static partial Regex TreeHashAtEnd();
}
