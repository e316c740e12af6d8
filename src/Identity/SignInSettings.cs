namespace AgreementTracker.Identity;

/// <summary>
/// Which provider the API trusts, from the <c>Auth</c> section. By default the server is its own OpenID provider
/// (<see cref="Issuer"/>); with <see cref="Authority"/> set it trusts that external provider instead (Entra ID, a
/// MitID Erhverv broker), and refuses the embedded provider's tokens.
/// </summary>
public sealed record SignInSettings
{
    public const string Section = "Auth";

    /// <summary>The audience every access token must name: this API.</summary>
    public const string DefaultAudience = "agreementtracker-api";

    /// <summary>The embedded provider's issuer URL, e.g. <c>http://127.0.0.1:5080/</c>. Default: the server's first address.</summary>
    public required string Issuer { get; init; }

    /// <summary>An external provider's issuer URL (its discovery document is read from there), or null for the embedded one.</summary>
    public string? Authority { get; init; }

    public string Audience { get; init; } = DefaultAudience;

    /// <summary>The claim that holds the user's organisation's CVR number (an external provider names it its own way).</summary>
    public string OrganisationClaim { get; init; } = Users.UserClaims.OrganisationCvr;

    public bool UsesExternalProvider => Authority is not null;

    /// <param name="serverUrls">The server's addresses (<c>--urls</c>), the first of which is the default issuer.</param>
    public static SignInSettings From(IConfiguration configuration, string serverUrls)
    {
        var section = configuration.GetSection(Section);
        var issuer = section["Issuer"] ?? serverUrls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        return new SignInSettings
        {
            Issuer = AbsoluteUrl("Issuer", issuer),
            Authority = section["Authority"] is { Length: > 0 } authority ? AbsoluteUrl("Authority", authority) : null,
            Audience = section["Audience"] ?? DefaultAudience,
            OrganisationClaim = section["OrganisationClaim"] ?? Users.UserClaims.OrganisationCvr,
        };
    }

    private static string AbsoluteUrl(string key, string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url.AbsoluteUri.TrimEnd('/') + "/"
            : throw new SignInSettingsException($"{Section}:{key} must be an absolute http(s) URL; it is '{value}'.");
}

public sealed class SignInSettingsException(string message) : Exception(message);
