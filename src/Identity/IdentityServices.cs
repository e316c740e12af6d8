using AgreementTracker.Identity.Keys;
using AgreementTracker.Identity.OpenId;
using AgreementTracker.Identity.SignIn;
using AgreementTracker.Identity.Tokens;
using AgreementTracker.Identity.Users;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AgreementTracker.Identity;

/// <summary>
/// Sign-in: the embedded OpenID provider (OpenIddict, with local accounts in ASP.NET Core Identity, stored by EF Core
/// in the <c>identity</c> schema), or an external provider by configuration; and the API's check of bearer tokens
/// (JwtBearer) against whichever provider is trusted.
/// </summary>
public static class IdentityServices
{
    /// <summary>The PostgreSQL advisory lock that nodes take in turn to prepare sign-in ("AgSignIn").</summary>
    private const long PreparationLock = 0x4167_5369_676E_496E;

    public static IServiceCollection AddSignIn(this IServiceCollection services, IConfiguration configuration, string serverUrls)
    {
        var settings = SignInSettings.From(configuration, serverUrls);
        services.AddSingleton(settings);
        services.AddSingleton<ServerKeys>();
        services.AddDbContext<IdentityDatabase>((provider, options) => options
            .UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>(), npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", IdentityDatabase.Schema))
            .UseOpenIddict());
        services.AddIdentity<TrackerUser, IdentityRole>(options =>
            {
                // NIST SP 800-63B: length, not composition rules.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.ClaimsIdentity.UserIdClaimType = Claims.Subject;
                options.ClaimsIdentity.UserNameClaimType = Claims.Name;
                options.ClaimsIdentity.RoleClaimType = Claims.Role;
            })
            .AddEntityFrameworkStores<IdentityDatabase>()
            .AddErrorDescriber<DanishIdentityErrors>();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = LoginPage.Path;
            cookie.Cookie.Name = "agreementtracker.konto";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddScoped<TokenPrincipal>();
        services.AddScoped<ScriptTokens>();
        services.AddAntiforgery();
        services.AddAuthorization();
        AddProvider(services, settings);
        AddBearerTokens(services, settings);
        services.AddHostedService<SignInStartup>();
        return services;
    }

    public static WebApplication MapSignIn(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        if (!app.Services.GetRequiredService<SignInSettings>().UsesExternalProvider)
        {
            app.MapLoginPage();
            app.MapProviderEndpoints();
        }
        return app;
    }

    private static void AddProvider(IServiceCollection services, SignInSettings settings)
    {
        var openIddict = services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDatabase>());
        if (settings.UsesExternalProvider)
            return;
        openIddict.AddServer(server =>
        {
            server.SetIssuer(new Uri(settings.Issuer));
            server.SetAuthorizationEndpointUris(ProviderEndpoints.Authorization.TrimStart('/'))
                .SetTokenEndpointUris(ProviderEndpoints.Token.TrimStart('/'))
                .SetEndSessionEndpointUris(ProviderEndpoints.EndSession.TrimStart('/'));
            server.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow().RequireProofKeyForCodeExchange();
            server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, BrowserClient.ApiScope);
            // Access tokens are signed JWTs that this API, or any other that trusts the published key, can check.
            server.DisableAccessTokenEncryption();
            server.SetAccessTokenLifetime(TimeSpan.FromHours(1));
            server.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableTokenEndpointPassthrough()
                .EnableEndSessionEndpointPassthrough()
                // TLS is ended in front of the server (a proxy), or absent on a developer's machine.
                .DisableTransportSecurityRequirement();
        });
        services.AddOptions<OpenIddictServerOptions>().Configure<ServerKeys>((options, keys) =>
        {
            options.SigningCredentials.Add(new SigningCredentials(keys.Signing, SecurityAlgorithms.RsaSha256));
            options.EncryptionCredentials.Add(new EncryptingCredentials(keys.Encryption, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
        });
    }

    /// <summary>The API's requests are authenticated by their bearer token only; the sign-in cookie serves the provider's pages.</summary>
    private static void AddBearerTokens(IServiceCollection services, SignInSettings settings)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = JwtBearerDefaults.AuthenticationScheme;
                options.DefaultAuthenticateScheme = JwtBearerDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = JwtBearerDefaults.AuthenticationScheme;
            })
            .AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<ServerKeys, TimeProvider>((options, keys, clock) =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidAudience = settings.Audience,
                NameClaimType = Claims.Name,
                RoleClaimType = Claims.Role,
                LifetimeValidator = (notBefore, expires, _, _) => WithinLifetime(notBefore, expires, clock.GetUtcNow().UtcDateTime),
            };
            if (settings.Authority is { } authority)
            {
                options.Authority = authority;
                options.RequireHttpsMetadata = authority.StartsWith("https:", StringComparison.Ordinal);
                options.TokenValidationParameters.ValidIssuer = authority;
                return;
            }
            options.TokenValidationParameters.ValidIssuer = settings.Issuer;
            options.TokenValidationParameters.ValidTypes = [JsonWebTokenTypes.AccessToken];
            options.TokenValidationParameters.IssuerSigningKeyResolver = (_, _, _, _) => [keys.Signing];
        });
    }

    /// <summary>The token's lifetime by the server's clock (IdentityModel's own check reads the wall clock), a minute's
    /// skew allowed either way; a token without an expiry is refused.</summary>
    private static bool WithinLifetime(DateTime? notBefore, DateTime? expires, DateTime now) =>
        expires is { } end && now < end.AddMinutes(1) && (notBefore is not { } start || start.AddMinutes(-1) <= now);

    /// <summary>
    /// Brings the identity schema up to date (EF Core's migrations), loads the provider's keys and registers its
    /// browser client, before the server takes requests.
    /// </summary>
    public static async Task PrepareSignInAsync(this IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<IdentityDatabase>();
        await database.Database.MigrateAsync(ct);
        // Nodes starting together on one database take turns here, so each finds what the first one made.
        await using var transaction = await database.Database.BeginTransactionAsync(ct);
        await database.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [PreparationLock], ct);
        await services.GetRequiredService<ServerKeys>().LoadAsync(database, services.GetRequiredService<TimeProvider>(), ct);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }
        var settings = services.GetRequiredService<SignInSettings>();
        if (!settings.UsesExternalProvider)
            await BrowserClient.EnsureRegisteredAsync(scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>(), settings, ct);
        await transaction.CommitAsync(ct);
    }

    private sealed class SignInStartup(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => services.PrepareSignInAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
