using System.Text.Encodings.Web;

namespace AgreementTracker.GraphQL.AspNetCore.GraphiQL;

/// <summary>The HTML page that starts GraphiQL against the endpoint it was requested from.</summary>
internal static class GraphiQLPage
{
    /// <param name="endpoint">The GraphQL endpoint's path as the browser sees it (path base included).</param>
    public static string Render(string endpoint)
    {
        var path = HtmlEncoder.Default.Encode(endpoint.TrimEnd('/'));
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>GraphiQL</title>
              <link rel="stylesheet" href="{{path}}/{{GraphiQLAsset.Stylesheet.FileName}}">
              <style>body { margin: 0; } #graphiql { height: 100vh; }</style>
            </head>
            <body>
              <div id="graphiql" data-endpoint="{{path}}">Loading GraphiQL…</div>
              <script src="{{path}}/{{GraphiQLAsset.Script.FileName}}"></script>
            </body>
            </html>
            """;
    }
}
