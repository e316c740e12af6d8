using AgreementTracker.Identity;
using AgreementTracker.Identity.Tokens;
using AgreementTracker.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AgreementTracker.TestSupport;

/// <summary>A local account that tests act as.</summary>
public sealed record TestUser(string UserName, string DisplayName, string Role, string? OrganisationCvr = null);

/// <summary>
/// Real users and real tokens for the tests: an account made in the server's own identity store, and an access token
/// for it from the embedded provider's own key, as the <c>token</c> command issues it.
/// </summary>
public static class TestUsers
{
    public static readonly TestUser Coordinator = new("test.koordinator", "Tove Testkoordinator", Roles.Coordinator);

    /// <summary>The password of every account the tests make, for those that sign in as a browser does.</summary>
    public const string Password = "test-adgangskode-til-alle";

    /// <summary>How long a test's token lasts on the server's clock; tests that move the clock further get a new one.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromDays(1);

    /// <summary>Makes <paramref name="user"/> if it is not there yet, and issues a token for it, on the server whose services these are.</summary>
    public static async Task<string> TokenAsync(IServiceProvider services, TestUser user)
    {
        await EnsureAsync(services, user);
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScriptTokens>().IssueAsync(user.UserName, TokenLifetime);
    }

    /// <summary>Makes <paramref name="user"/>, with <see cref="Password"/>, if it is not there yet.</summary>
    public static async Task EnsureAsync(IServiceProvider services, TestUser user)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        if (await users.FindByNameAsync(user.UserName) is not null)
            return;
        var account = new TrackerUser { UserName = user.UserName, DisplayName = user.DisplayName, OrganisationCvr = user.OrganisationCvr };
        Succeeded(await users.CreateAsync(account, Password), user);
        Succeeded(await users.AddToRoleAsync(account, user.Role), user);
    }

    /// <summary>A token for a server running in its own process on <paramref name="connectionString"/>, whose issuer is its address <paramref name="url"/>.</summary>
    /// <param name="clock">The clock the token's lifetime is stamped by: by default the system's, as the process's own.</param>
    public static async Task<string> TokenForProcessAsync(string connectionString, string url, TestUser user, TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddSingleton(NpgsqlDataSource.Create(connectionString));
        services.AddSignIn(new ConfigurationBuilder().Build(), url);
        await using var provider = services.BuildServiceProvider();
        await provider.PrepareSignInAsync(CancellationToken.None);
        return await TokenAsync(provider, user);
    }

    private static void Succeeded(IdentityResult result, TestUser user)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Test user {user.UserName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
