using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace AgreementTracker.GraphQL.AspNetCore.Http;

/// <summary>
/// Picks the response media type from the Accept header. A missing header, or one that accepts both
/// equally (e.g. <c>*/*</c>), gets <c>application/graphql-response+json</c>, the draft's default since its
/// 2025 watershed; a header accepting neither JSON type gets null, which the endpoint answers with 406.
/// </summary>
internal static class AcceptNegotiation
{
    public static string? ResponseMediaType(StringValues acceptHeader)
    {
        var accepted = Parse(acceptHeader);
        if (accepted is null) return GraphQLMediaTypes.GraphQLResponse;

        var graphQLResponse = QualityOf(GraphQLMediaTypes.GraphQLResponse, accepted);
        var json = QualityOf(GraphQLMediaTypes.Json, accepted);
        if (graphQLResponse <= 0 && json <= 0) return null;
        return graphQLResponse >= json ? GraphQLMediaTypes.GraphQLResponse : GraphQLMediaTypes.Json;
    }

    /// <summary>True when the client asks for an HTML page at least as much as for a JSON response (a browser).</summary>
    public static bool PrefersHtml(StringValues acceptHeader)
    {
        var accepted = Parse(acceptHeader);
        if (accepted is null) return false;
        var html = QualityOf(GraphQLMediaTypes.Html, accepted, explicitOnly: true);
        return html > 0
            && html >= QualityOf(GraphQLMediaTypes.GraphQLResponse, accepted, explicitOnly: true)
            && html >= QualityOf(GraphQLMediaTypes.Json, accepted, explicitOnly: true);
    }

    private static IList<MediaTypeHeaderValue>? Parse(StringValues acceptHeader)
    {
        if (StringValues.IsNullOrEmpty(acceptHeader)) return null;
        return MediaTypeHeaderValue.TryParseList(acceptHeader, out var parsed) && parsed.Count > 0 ? parsed : [];
    }

    /// <summary>The quality the most specific matching range gives the media type (RFC 9110, 12.5.1).</summary>
    private static double QualityOf(string mediaType, IList<MediaTypeHeaderValue> accepted, bool explicitOnly = false)
    {
        var slash = mediaType.IndexOf('/');
        var type = mediaType[..slash];
        var best = (Specificity: -1, Quality: 0.0);
        foreach (var range in accepted)
        {
            var rangeType = range.Type.Value ?? "";
            var rangeSubType = range.SubType.Value ?? "";
            int specificity;
            if (range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase)) specificity = 2;
            else if (explicitOnly) continue;
            else if (rangeSubType == "*" && rangeType.Equals(type, StringComparison.OrdinalIgnoreCase)) specificity = 1;
            else if (rangeType == "*" && rangeSubType == "*") specificity = 0;
            else continue;

            if (specificity > best.Specificity) best = (specificity, range.Quality ?? 1.0);
        }
        return best.Quality;
    }
}
