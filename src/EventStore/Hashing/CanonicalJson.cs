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
        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
            members[property.Name] = property.Value;
        var keys = members.Keys.Select(k => (Key: k, Utf8: Encoding.UTF8.GetBytes(k))).ToList();
        keys.Sort((a, b) => a.Utf8.Length != b.Utf8.Length
            ? a.Utf8.Length.CompareTo(b.Utf8.Length)
            : a.Utf8.AsSpan().SequenceCompareTo(b.Utf8));
        WriteAscii("{", output);
        for (var i = 0; i < keys.Count; i++)
        {
            if (i > 0) WriteAscii(", ", output);
            WriteString(keys[i].Key, output);
            WriteAscii(": ", output);
            Write(members[keys[i].Key], output);
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

    // PostgreSQL's escape_json: quote, backslash and control characters only; everything else raw UTF-8.
    private static void WriteString(string value, ArrayBufferWriter<byte> output)
    {
        if (value.Contains('\0'))
            throw new ArgumentException("JSON text containing the character U+0000 cannot be stored in PostgreSQL jsonb.");
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ': builder.Append("\\u").Append(((int)c).ToString("x4")); break;
                default: builder.Append(c); break;
            }
        }
        builder.Append('"');
        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        output.Write(bytes);
    }

    private static void WriteAscii(string text, ArrayBufferWriter<byte> output)
    {
        var span = output.GetSpan(text.Length);
        for (var i = 0; i < text.Length; i++)
            span[i] = (byte)text[i];
        output.Advance(text.Length);
    }
}
