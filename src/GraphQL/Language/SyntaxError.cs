namespace AgreementTracker.GraphQL.Language;

internal static class SyntaxError
{
    public static GraphQLError At(SourceText source, int position, string description) =>
        new($"Syntax Error: {description}", [source.LocationOf(position)], code: ErrorCodes.ParseFailed);
}
