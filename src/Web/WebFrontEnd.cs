using System.Collections.Frozen;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;

namespace AgreementTracker.Web;

/// <summary>
/// Serves the web front end built into this assembly: its files under <c>/assets/</c> (named by content, so cached for
/// a year), its page at <c>/</c> and at every address of its own (<c>/aftaler/…</c>), which the page routes itself, and
/// the favicon at <c>/favicon.ico</c>, where browsers look for it on every page of the server (GraphiQL's too).
/// The page carries the data it needs before its first request (the domain's Danish labels) in a JSON block.
/// </summary>
public static class WebFrontEnd
{
    private const string Prefix = "web/";

    /// <summary>Addresses of the page's own: whatever the server does not serve itself.</summary>
    private static readonly string[] PageRoutes = ["/", "/aftaler/{**rest}", "/organisationer/{**rest}", "/revision/{**rest}", "/ikke-fundet"];

    private static readonly FrozenDictionary<string, byte[]> Files = LoadFiles();

    /// <summary>The text files Brotli-compressed once, so a page's JavaScript travels at its compressed size.</summary>
    private static readonly FrozenDictionary<string, byte[]> Compressed = Files
        .Where(f => f.Key.EndsWith(".js", StringComparison.Ordinal) || f.Key.EndsWith(".css", StringComparison.Ordinal) || f.Key.EndsWith(".svg", StringComparison.Ordinal))
        .ToFrozenDictionary(f => f.Key, f => Brotli(f.Value));

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <param name="pageData">What the page reads from its <c>page-data</c> block, made for each request.</param>
    public static IEndpointRouteBuilder MapWebFrontEnd(this IEndpointRouteBuilder app, Func<HttpContext, object> pageData)
    {
        foreach (var route in PageRoutes)
            app.MapGet(route, (HttpContext http) => Page(http, PageWith(pageData(http))));
        app.MapGet("/assets/{**file}", (string file, HttpContext http) => Asset(http, "assets/" + file, "public, max-age=31536000, immutable"));
        // Not named by content: a changed icon reaches a browser within a day.
        app.MapGet("/favicon.ico", (HttpContext http) => Asset(http, "favicon.ico", "public, max-age=86400"));
        return app;
    }

    private static IResult Page(HttpContext http, byte[] page)
    {
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
            "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
        return Results.Bytes(page, "text/html; charset=utf-8");
    }

    private static IResult Asset(HttpContext http, string path, string cacheControl)
    {
        if (!Files.TryGetValue(path, out var content))
            return Results.NotFound();
        http.Response.Headers.CacheControl = cacheControl;
        http.Response.Headers.Vary = "Accept-Encoding";
        if (Compressed.TryGetValue(path, out var compressed) && http.Request.Headers.AcceptEncoding.ToString().Contains("br", StringComparison.Ordinal))
        {
            http.Response.Headers.ContentEncoding = "br";
            content = compressed;
        }
        return Results.Bytes(content, ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream");
    }

    private static readonly string PageTemplate = Encoding.UTF8.GetString(Files.TryGetValue("index.html", out var page)
        ? page
        : throw new InvalidOperationException("The web front end was not built into this assembly (src/Web/app: npm run build)."));

    private static byte[] PageWith(object pageData)
    {
        var html = PageTemplate;
        // JSON in a script block is data, not code; '<' is escaped so that no value can close the block.
        var json = JsonSerializer.Serialize(pageData, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase })
            .Replace("<", "\\u003c", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(html.Replace("</head>", $"<script type=\"application/json\" id=\"page-data\">{json}</script></head>", StringComparison.Ordinal));
    }

    private static FrozenDictionary<string, byte[]> LoadFiles()
    {
        var assembly = typeof(WebFrontEnd).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(name => name[Prefix.Length..], name => Read(assembly, name));
    }

    private static byte[] Brotli(byte[] content)
    {
        using var compressed = new MemoryStream();
        using (var brotli = new BrotliStream(compressed, CompressionLevel.SmallestSize))
            brotli.Write(content);
        return compressed.ToArray();
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
