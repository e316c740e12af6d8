using System.Globalization;

namespace AgreementTracker.Domain.Formatting;

/// <summary>
/// How users in North Jutland read numbers and dates: 1.234.567 kr., 12,5 and 31-12-2025. Built on an explicit
/// number format rather than the da-DK culture so the output does not depend on the machine's ICU data.
/// </summary>
public static class DanishFormat
{
    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
    };

    /// <summary>"1.234.567 kr."; øre are shown only when there are any: "1.234,50 kr.".</summary>
    public static string Kroner(decimal amount)
    {
        var rounded = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        var format = rounded == decimal.Truncate(rounded) ? "N0" : "N2";
        return $"{rounded.ToString(format, Numbers)} kr.";
    }

    /// <summary>A count or measured value with thousands separators and at most <paramref name="maxDecimals"/> decimals: "1.740", "12,5".</summary>
    public static string Number(decimal value, int maxDecimals = 2)
    {
        var rounded = Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero);
        var decimals = rounded == decimal.Truncate(rounded) ? 0 : maxDecimals;
        var text = rounded.ToString("N" + decimals, Numbers);
        return decimals == 0 ? text : text.TrimEnd('0');
    }

    /// <summary>A fraction as a Danish percentage: 0.875 gives "87,5 %".</summary>
    public static string Percent(decimal fraction) => $"{Number(fraction * 100, 1)} %";

    /// <summary>"31-12-2025".</summary>
    public static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
}
