using System.Buffers;
using System.Text;
using System.Text.Json;

namespace AgreementTracker.EventStore;

/// <summary>
/// Renders JSON exactly as PostgreSQL prints a jsonb value: object keys ordered by UTF-8 length then
/// bytes, the last of duplicate keys kept, ", " and ": " separators, numbers in numeric's notation and
/// only the escapes jsonb emits. Events are stored in this form and hashed in it, and rendering the
/// text PostgreSQL returns gives the same bytes again, so a hash survives the jsonb round trip.
/// </summary>
public static class CanonicalJson
{
    private static readonly SearchValues<byte> MustEscape = SearchValues.Create(
        [(byte)'"', (byte)'\\', .. Enumerable.Range(0, 0x20).Select(b => (byte)b)]);

    public static byte[] Canonicalize(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        using var document = JsonDocument.ParseValue(ref reader);
        var output = new ArrayBufferWriter<byte>(utf8Json.Length + 16);
        Write(document.RootElement, output);
        return output.WrittenSpan.ToArray();
    }

    public static byte[] Canonicalize(string json) => Canonicalize(Encoding.UTF8.GetBytes(json));

    private static void Write(JsonElement element, ArrayBufferWriter<byte> output)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object: WriteObject(element, output); break;
            case JsonValueKind.Array: WriteArray(element, output); break;
            case JsonValueKind.String: WriteString(element.GetString()!, output); break;
            case JsonValueKind.Number: WriteAscii(PostgresNumeric.Normalize(element.GetRawText()), output); break;
            case JsonValueKind.True: WriteAscii("true", output); break;
            case JsonValueKind.False: WriteAscii("false", output); break;
            default: WriteAscii("null", output); break;
        }
    }

    private static void WriteObject(JsonElement element, ArrayBufferWriter<byte> output)
    {
        var members = new List<(byte[] Key, int Index, JsonElement Value)>();
        foreach (var property in element.EnumerateObject())
            members.Add((Encoding.UTF8.GetBytes(property.Name), members.Count, property.Value));
        members.Sort(static (a, b) =>
        {
            var byKey = a.Key.Length != b.Key.Length ? a.Key.Length.CompareTo(b.Key.Length) : a.Key.AsSpan().SequenceCompareTo(b.Key);
            return byKey != 0 ? byKey : a.Index.CompareTo(b.Index);
        });
        WriteAscii("{", output);
        var first = true;
        for (var i = 0; i < members.Count; i++)
        {
            // Of duplicate keys jsonb keeps the last; after the stable sort that is the last of the run.
            if (i + 1 < members.Count && members[i + 1].Key.AsSpan().SequenceEqual(members[i].Key))
                continue;
            if (!first) WriteAscii(", ", output);
            first = false;
            WriteString(members[i].Key, output);
            WriteAscii(": ", output);
            Write(members[i].Value, output);
        }
        WriteAscii("}", output);
    }

    private static void WriteArray(JsonElement element, ArrayBufferWriter<byte> output)
    {
        WriteAscii("[", output);
        var first = true;
        foreach (var item in element.EnumerateArray())
        {
            if (!first) WriteAscii(", ", output);
            first = false;
            Write(item, output);
        }
        WriteAscii("]", output);
    }

    private static void WriteString(string value, ArrayBufferWriter<byte> output) =>
        WriteString(Encoding.UTF8.GetBytes(value), output);

    // PostgreSQL's escape_json: quote, backslash and control characters only; everything else raw UTF-8.
    private static void WriteString(ReadOnlySpan<byte> utf8, ArrayBufferWriter<byte> output)
    {
        if (utf8.Contains((byte)0))
            throw new ArgumentException("JSON text containing the character U+0000 cannot be stored in PostgreSQL jsonb.");
        WriteAscii("\"", output);
        while (true)
        {
            var special = utf8.IndexOfAny(MustEscape);
            if (special < 0)
            {
                output.Write(utf8);
                break;
            }
            output.Write(utf8[..special]);
            WriteAscii(utf8[special] switch
            {
                (byte)'"' => "\\\"",
                (byte)'\\' => "\\\\",
                (byte)'\b' => "\\b",
                (byte)'\f' => "\\f",
                (byte)'\n' => "\\n",
                (byte)'\r' => "\\r",
                (byte)'\t' => "\\t",
                var control => "\\u" + control.ToString("x4"),
            }, output);
            utf8 = utf8[(special + 1)..];
        }
        WriteAscii("\"", output);
    }

    private static void WriteAscii(string text, ArrayBufferWriter<byte> output)
    {
        var span = output.GetSpan(text.Length);
        for (var i = 0; i < text.Length; i++)
            span[i] = (byte)text[i];
        output.Advance(text.Length);
    }
}
