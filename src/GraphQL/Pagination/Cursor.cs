using System.Globalization;
using System.Text;

namespace AgreementTracker.GraphQL.Pagination;

/// <summary>Opaque cursors: base64 of a position, so clients cannot rely on their content.</summary>
public static class Cursor
{
    private const string Prefix = "cursor:";

    public static string FromOffset(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The position a cursor stands for; a cursor this server did not issue is a client error.</summary>
    public static int ToOffset(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
                return offset;
        }
        catch (FormatException)
        {
            // Not base64: reported below like any other foreign cursor.
        }
        throw new GraphQLError($"Invalid cursor \"{cursor}\".", code: ErrorCodes.BadUserInput);
    }
}
