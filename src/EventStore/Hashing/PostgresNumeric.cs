using System.Text;

namespace AgreementTracker.EventStore;

/// <summary>
/// Writes a JSON number the way PostgreSQL's numeric type prints it after parsing it: no exponent,
/// as many decimals as the input's display scale (digits after the point minus the exponent, at
/// least zero), no leading zeros, and no sign on zero. So 1E+20 becomes 100000000000000000000,
/// 1.50 stays 1.50 and 100e-5 becomes 0.00100.
/// </summary>
internal static class PostgresNumeric
{
    public static string Normalize(string jsonNumber)
    {
        var negative = jsonNumber.StartsWith('-');
        var body = negative ? jsonNumber[1..] : jsonNumber;
        var exponentAt = body.IndexOfAny(['e', 'E']);
        var exponent = exponentAt < 0 ? 0 : int.Parse(body[(exponentAt + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? body : body[..exponentAt];
        var pointAt = mantissa.IndexOf('.');
        var fractionDigits = pointAt < 0 ? 0 : mantissa.Length - pointAt - 1;
        var digits = pointAt < 0 ? mantissa : mantissa.Remove(pointAt, 1);

        var scale = fractionDigits - exponent;
        string integerPart, fractionPart;
        if (scale <= 0)
        {
            integerPart = digits + new string('0', -scale);
            fractionPart = "";
        }
        else
        {
            if (digits.Length <= scale)
                digits = new string('0', scale - digits.Length + 1) + digits;
            integerPart = digits[..^scale];
            fractionPart = digits[^scale..];
        }
        integerPart = integerPart.TrimStart('0');
        if (integerPart.Length == 0) integerPart = "0";

        var isZero = integerPart == "0" && fractionPart.All(c => c == '0');
        var text = new StringBuilder();
        if (negative && !isZero) text.Append('-');
        text.Append(integerPart);
        if (fractionPart.Length > 0) text.Append('.').Append(fractionPart);
        return text.ToString();
    }
}
