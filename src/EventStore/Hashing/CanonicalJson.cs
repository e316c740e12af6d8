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
        if (!reader.Read())
            throw new JsonException("The JSON text is empty.");
        var output = new ArrayBufferWriter<byte>(utf8Json.Length + 16);
        WriteValue(ref reader, output);
        if (reader.Read())
            throw new JsonException("The JSON text has more than one value.");
        return output.WrittenSpan.ToArray();
    }

    public static byte[] Canonicalize(string json) => Canonicalize(Encoding.UTF8.GetBytes(json));

    private static void WriteValue(ref Utf8JsonReader reader, ArrayBufferWriter<byte> output)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject: WriteObject(ref reader, output); break;
            case JsonTokenType.StartArray: WriteArray(ref reader, output); break;
            case JsonTokenType.String: WriteString(Unescaped(ref reader), output); break;
            case JsonTokenType.Number: WriteNumber(reader.ValueSpan, output); break;
            case JsonTokenType.True: WriteAscii("true", output); break;
            case JsonTokenType.False: WriteAscii("false", output); break;
            default: WriteAscii("null", output); break;
        }
    }

    private static void WriteObject(ref Utf8JsonReader reader, ArrayBufferWriter<byte> output)
    {
        // Member values are rendered into one scratch buffer, then copied out in key order.
        var values = new ArrayBufferWriter<byte>();
        var members = new List<(byte[] Key, int Index, int Start, int Length)>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = Unescaped(ref reader);
            reader.Read();
            var start = values.WrittenCount;
            WriteValue(ref reader, values);
            members.Add((key, members.Count, start, values.WrittenCount - start));
        }
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
            output.Write(values.WrittenSpan.Slice(members[i].Start, members[i].Length));
        }
        WriteAscii("}", output);
    }

    private static void WriteArray(ref Utf8JsonReader reader, ArrayBufferWriter<byte> output)
    {
        WriteAscii("[", output);
        var first = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!first) WriteAscii(", ", output);
            first = false;
            WriteValue(ref reader, output);
        }
        WriteAscii("]", output);
    }

    private static byte[] Unescaped(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan.ToArray();

    // Only an exponent or a negative zero changes in numeric's notation; other JSON numbers print as written.
    private static void WriteNumber(ReadOnlySpan<byte> number, ArrayBufferWriter<byte> output)
    {
        if (number.IndexOfAny((byte)'e', (byte)'E') < 0 && !number.StartsWith("-0"u8))
            output.Write(number);
        else
            WriteAscii(PostgresNumeric.Normalize(Encoding.ASCII.GetString(number)), output);
    }

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
