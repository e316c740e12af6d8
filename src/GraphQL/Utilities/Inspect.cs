using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AgreementTracker.GraphQL.Utilities;

/// <summary>Renders a runtime value for an error message the way graphql-js's <c>inspect</c> does.</summary>
public static class Inspect
{
    private const int MaxDepth = 2;
    private const int MaxItems = 10;

    public static string Value(object? value) => Format(value, 0);

    private static string Format(object? value, int depth) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        Enum e => JsonSerializer.Serialize(e.ToString()),
        double d => Number(d),
        float f => Number(f),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        IFormattable and (int or long or short or byte or sbyte or uint or ulong or ushort) => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        JsonElement element => Format(JsonValues.ToObject(element), depth),
        IDictionary dictionary => Object(dictionary, depth),
        IEnumerable enumerable => Array(enumerable, depth),
        _ => value.ToString() ?? "null",
    };

    /// <summary>Numbers as JavaScript prints them: integers without a fraction, exponents as "1e+21".</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = text.IndexOf('E');
        if (exponent < 0) return text;
        var mantissa = text[..exponent];
        var power = text[(exponent + 1)..];
        return mantissa + "e" + (power.StartsWith('-') ? power : "+" + power.TrimStart('+'));
    }

    private static string Object(IDictionary dictionary, int depth)
    {
        if (dictionary.Count == 0) return "{}";
        if (depth > MaxDepth) return "[Object]";
        var builder = new StringBuilder("{ ");
        var first = true;
        foreach (DictionaryEntry entry in dictionary)
        {
            if (!first) builder.Append(", ");
            first = false;
            builder.Append(entry.Key).Append(": ").Append(Format(entry.Value, depth + 1));
        }
        return builder.Append(" }").ToString();
    }

    private static string Array(IEnumerable items, int depth)
    {
        var list = items.Cast<object?>().ToList();
        if (list.Count == 0) return "[]";
        if (depth > MaxDepth) return "[Array]";
        var shown = list.Take(MaxItems).Select(item => Format(item, depth + 1)).ToList();
        if (list.Count > MaxItems) shown.Add($"... {list.Count - MaxItems} more items");
        return "[" + string.Join(", ", shown) + "]";
    }
}
