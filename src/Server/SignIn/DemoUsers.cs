using AgreementTracker.Domain.DemoData;
using AgreementTracker.Identity.Users;
using Microsoft.AspNetCore.Identity;

namespace AgreementTracker.Server.SignIn;

/// <summary>
/// With the demo data, one local account for each role and for a few organisations, named after the demo data's own
/// contact people, all with <see cref="Password"/>. The README lists them. Made once; a later start leaves them be.
/// </summary>
public static class DemoUsers
{
    public const string Password = "nordjylland-demo";

    public sealed record DemoUser(string UserName, string Role, string? Organisation, string? DisplayName = null);

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("koordinator", Roles.Coordinator, "Business Region North Denmark"),
        new("revisor", Roles.Auditor, null, "Rikke Revisor"),
        new("administrator", Roles.Administrator, "Business Region North Denmark", "Anders Administrator"),
        new("aalborg", Roles.Member, "Aalborg Kommune"),
        new("hjoerring", Roles.Member, "Hjørring Kommune"),
        new("erhvervshus", Roles.Member, "Erhvervshus Nordjylland"),
        new("energycluster", Roles.Member, "Energy Cluster Denmark"),
    ];

    public static async Task EnsureAsync(IServiceProvider services, ILogger logger)
    {
        var organisations = DemoDataGenerator.Organisations().ToDictionary(o => o.Name);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        foreach (var demo in All)
        {
            if (await users.FindByNameAsync(demo.UserName) is not null)
                continue;
            var organisation = demo.Organisation is { } name ? organisations[name] : null;
            var user = new TrackerUser
            {
                UserName = demo.UserName,
                Email = organisation?.Contact.Identity,
                EmailConfirmed = true,
                DisplayName = demo.DisplayName ?? organisation?.Contact.Name ?? demo.UserName,
                OrganisationCvr = organisation?.Cvr,
            };
            Check(await users.CreateAsync(user, Password), demo);
            Check(await users.AddToRoleAsync(user, demo.Role), demo);
        }
        logger.LogInformation("Demo users: {Users}, each with the password {Password}", string.Join(", ", All.Select(u => $"{u.UserName} ({u.Role})")), Password);
    }

    private static void Check(IdentityResult result, DemoUser user)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo user {user.UserName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
