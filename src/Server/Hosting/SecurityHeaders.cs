namespace AgreementTracker.Server.Hosting;

/// <summary>
/// Headers every response carries, so no page of the server (GraphiQL, the sign-in page) can be framed by another
/// site, have its type guessed, or hand its address to another site. A page may set a stricter policy of its own
/// (the sign-in page sets a whole Content-Security-Policy).
/// </summary>
public static class SecurityHeaders
{
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                if (!headers.ContainsKey("Content-Security-Policy"))
                    headers.ContentSecurityPolicy = "frame-ancestors 'none'";
                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }
}
