using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AgreementTracker.Web;

/// <summary>
/// Serves the offline browser verifier (src/VerifierBrowser's built verifier.html, embedded here) at <c>/verificer</c>,
/// for the auditor to open or save. Its script and style are inline, so it works as one saved file; the page's policy
/// allows exactly those two by their SHA-256 and nothing else: no network, no other script.
/// </summary>
public static partial class VerifierPage
{
    public const string Route = "/verificer";

    private static readonly byte[] Page = Read("verifier.html");

    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; script-src {HashOf("script")}; style-src {HashOf("style")}; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static IEndpointRouteBuilder MapVerifierPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return Results.Bytes(Page, "text/html; charset=utf-8");
        });
        return app;
    }

    /// <summary>The CSP source of the page's one inline element of that kind: its content's SHA-256.</summary>
    private static string HashOf(string element)
    {
        var blocks = InlineBlock().Matches(Encoding.UTF8.GetString(Page)).Where(m => m.Groups["element"].Value == element).ToList();
        return blocks.Count == 1
            ? $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(blocks[0].Groups["content"].Value)))}'"
            : throw new InvalidOperationException($"verifier.html has {blocks.Count} <{element}> blocks; its policy allows exactly one.");
    }

    [GeneratedRegex(@"<(?<element>script|style)\b[^>]*>(?<content>.*?)</\k<element>>", RegexOptions.Singleline)]
    private static partial Regex InlineBlock();

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"verifier/{name}")
            ?? throw new InvalidOperationException("The browser verifier was not built into this assembly (src/VerifierBrowser: node build.mjs).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
