namespace AgreementTracker.GraphQL.Language;

internal static class CharClass
{
    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    public static bool IsLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    public static bool IsNameStart(char c) => IsLetter(c) || c == '_';

    public static bool IsNameContinue(char c) => IsLetter(c) || IsDigit(c) || c == '_';

    public static bool IsWhiteSpace(char c) => c == ' ' || c == '\t';
}
