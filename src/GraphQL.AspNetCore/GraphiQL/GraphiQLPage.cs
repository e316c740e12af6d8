using System.Text.Encodings.Web;

namespace AgreementTracker.GraphQL.AspNetCore.GraphiQL;

/// <summary>The HTML page that starts GraphiQL against the endpoint it was requested from.</summary>
internal static class GraphiQLPage
{
    /// <param name="endpoint">The GraphQL endpoint's path as the browser sees it (path base included).</param>
    /// <param name="signIn">The provider the page signs in with, if any.</param>
    public static string Render(string endpoint, GraphiQLSignIn? signIn)
    {
        var path = HtmlEncoder.Default.Encode(endpoint.TrimEnd('/'));
        var provider = signIn is null
            ? ""
            : $" data-authority=\"{HtmlEncoder.Default.Encode(signIn.Authority)}\" data-client-id=\"{HtmlEncoder.Default.Encode(signIn.ClientId)}\" data-scope=\"{HtmlEncoder.Default.Encode(signIn.Scope)}\"";
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>GraphiQL</title>
              <link rel="stylesheet" href="{{path}}/{{GraphiQLAsset.Stylesheet.FileName}}">
              <style>body { margin: 0; } #graphiql { height: 100vh; display: flex; flex-direction: column; } #graphiql > .graphiql-container { flex: 1; min-height: 0; } .sign-in-bar { display: flex; gap: 1rem; align-items: center; justify-content: flex-end; padding: .25rem 1rem; font: 14px system-ui, sans-serif; }</style>
            </head>
            <body>
              <div id="graphiql" data-endpoint="{{path}}"{{provider}}>Loading GraphiQL…</div>
              <script src="{{path}}/{{GraphiQLAsset.Script.FileName}}"></script>
            </body>
            </html>
            """;
    }
}
