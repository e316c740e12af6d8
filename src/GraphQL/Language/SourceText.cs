namespace AgreementTracker.GraphQL.Language;

/// <summary>A GraphQL source text with the ability to turn an offset into a line and column.</summary>
public sealed class SourceText(string body)
{
    public string Body { get; } = body;

    /// <summary>Line terminators are \r\n, \n and \r, as in the specification.</summary>
    public SourceLocation LocationOf(int position)
    {
        var line = 1;
        var lineStart = 0;
        var end = Math.Min(position, Body.Length);
        for (var i = 0; i < end; i++)
        {
            var c = Body[i];
            // In "\r\n" only the "\n" ends the line.
            if (c == '\n' || (c == '\r' && (i + 1 >= Body.Length || Body[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(line, position + 1 - lineStart);
    }
}
