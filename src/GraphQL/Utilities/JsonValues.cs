using System.Globalization;
using System.Text.Json;

namespace AgreementTracker.GraphQL.Utilities;

/// <summary>
/// Converts JSON (e.g. request variables) into the plain values coercion works on:
/// Dictionary&lt;string, object?&gt;, List&lt;object?&gt;, string, bool, null, and numbers as long when integral,
/// decimal when exactly representable (so Decimal scalars round-trip), otherwise double.
/// </summary>
public static class JsonValues
{
    public static object? ToObject(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var dictionary = new Dictionary<string, object?>();
                foreach (var property in element.EnumerateObject()) dictionary[property.Name] = ToObject(property.Value);
                return dictionary;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray()) list.Add(ToObject(item));
                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return Number(element.GetRawText());
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    /// <summary>Variables object to dictionary; JSON null or undefined gives an empty dictionary.</summary>
    public static IReadOnlyDictionary<string, object?> ToVariables(JsonElement? variables)
    {
        if (variables is not { ValueKind: JsonValueKind.Object } element) return EmptyVariables;
        return (Dictionary<string, object?>)ToObject(element)!;
    }

    public static IReadOnlyDictionary<string, object?> EmptyVariables { get; } = new Dictionary<string, object?>();

    private static object Number(string raw)
    {
        var isIntegral = raw.IndexOfAny(['.', 'e', 'E']) < 0;
        if (isIntegral && long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)) return integer;
        if (decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact) && IsExact(exact, raw)) return exact;
        return double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static bool IsExact(decimal value, string raw)
    {
        var significantDigits = 0;
        var seenNonZero = false;
        foreach (var c in raw)
        {
            if (c is 'e' or 'E') break;
            if (!char.IsAsciiDigit(c)) continue;
            if (c != '0') seenNonZero = true;
            if (seenNonZero) significantDigits++;
        }
        return significantDigits <= 28 && (value != 0 || !seenNonZero);
    }
}
