using System.Security.Cryptography;

namespace AgreementTracker.GraphQL.AspNetCore.GraphiQL;

/// <summary>
/// The GraphiQL script and stylesheet bundled from npm at build time (graphiql/build.mjs) and embedded
/// in this assembly, so the page works without any CDN.
/// </summary>
internal sealed record GraphiQLAsset(string FileName, string ContentType, byte[] Content, string ETag)
{
    public static GraphiQLAsset Script { get; } = Load("graphiql.js", "text/javascript; charset=utf-8");

    public static GraphiQLAsset Stylesheet { get; } = Load("graphiql.css", "text/css; charset=utf-8");

    private static GraphiQLAsset Load(string fileName, string contentType)
    {
        using var stream = typeof(GraphiQLAsset).Assembly.GetManifestResourceStream($"GraphiQL.{fileName}")
            ?? throw new InvalidOperationException($"The GraphiQL bundle {fileName} is not embedded; build src/GraphQL.AspNetCore with node and npm available.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        return new GraphiQLAsset(fileName, contentType, content, $"\"{Convert.ToHexString(SHA256.HashData(content))[..16]}\"");
    }

    public async Task WriteAsync(HttpContext context)
    {
        context.Response.Headers.ETag = ETag;
        context.Response.Headers.CacheControl = "public, max-age=86400";
        if (context.Request.Headers.IfNoneMatch == ETag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        context.Response.ContentType = ContentType;
        context.Response.ContentLength = Content.Length;
        await context.Response.Body.WriteAsync(Content, context.RequestAborted);
    }
}
