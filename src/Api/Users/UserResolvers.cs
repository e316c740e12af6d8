using System.Text.RegularExpressions;
using AgreementTracker.Agreements.Access;
using AgreementTracker.Api.Mutations;
using AgreementTracker.Api.Types;
using AgreementTracker.Domain.Common;
using AgreementTracker.GraphQL;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.Identity;
using AgreementTracker.Identity.Users;
using AgreementTracker.ReadModels.Organisations;
using Microsoft.AspNetCore.Identity;

namespace AgreementTracker.Api.Users;

/// <summary>
/// The administrator's work: the local accounts, their roles and organisations, kept by ASP.NET Core Identity. A
/// change shows in the user's next token (at their next sign-in or refresh). Each change is one transaction: a refused
/// one leaves the accounts as they were.
/// </summary>
internal static partial class UserResolvers
{
    private sealed record UserView(string Id, string UserName, string DisplayName, string? Role, string? OrganisationCvr, bool LockedOut);

    public static SchemaBuilder AddUsers(this SchemaBuilder builder) => builder
        .AddResolverAsync("Query", "users", async ctx =>
        {
            RequireAdministrator(ctx);
            var users = ctx.GetService<UserManager<TrackerUser>>();
            var views = new List<UserView>();
            foreach (var user in users.Users.OrderBy(u => u.NormalizedUserName).ToList())
                views.Add(await ViewAsync(users, user));
            return views;
        })
        .AddResolverAsync("Mutation", "createUser", async ctx =>
        {
            RequireAdministrator(ctx);
            var input = MutationInput.From(ctx, ApiCaller.Of(ctx));
            var users = ctx.GetService<UserManager<TrackerUser>>();
            var (role, cvr) = await RoleAndOrganisationAsync(ctx, input);
            var user = new TrackerUser { UserName = UserName(input), DisplayName = DisplayName(input), OrganisationCvr = cvr };
            await using var change = await ctx.GetService<IdentityDatabase>().Database.BeginTransactionAsync(ctx.CancellationToken);
            Succeeded(await users.CreateAsync(user, input.Text("password")), "input.userName");
            Succeeded(await users.AddToRoleAsync(user, role), "input.role");
            await change.CommitAsync(ctx.CancellationToken);
            return new { user = await ViewAsync(users, user) };
        })
        .AddResolverAsync("Mutation", "assignUser", async ctx =>
        {
            RequireAdministrator(ctx);
            var input = MutationInput.From(ctx, ApiCaller.Of(ctx));
            var users = ctx.GetService<UserManager<TrackerUser>>();
            var user = await users.FindByIdAsync(input.Text("userId"))
                ?? throw new GraphQLError("Der findes ingen bruger med det id.", code: ErrorCodes.BadUserInput,
                    extensions: new Dictionary<string, object?> { ["field"] = "input.userId" });
            var (role, cvr) = await RoleAndOrganisationAsync(ctx, input);
            user.OrganisationCvr = cvr;
            await using var change = await ctx.GetService<IdentityDatabase>().Database.BeginTransactionAsync(ctx.CancellationToken);
            Succeeded(await users.UpdateAsync(user), "input.userId");
            Succeeded(await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user)), "input.role");
            Succeeded(await users.AddToRoleAsync(user, role), "input.role");
            await change.CommitAsync(ctx.CancellationToken);
            return new { user = await ViewAsync(users, user) };
        })
        .FieldAsync<UserView, object?>("User", "organisation", async (u, ctx) =>
            u.OrganisationCvr is { } cvr && await ctx.GetService<OrganisationReader>().FindByCvrAsync(cvr, ctx.CancellationToken) is { } id
                ? await Loaders.OrganisationAsync(ctx, id)
                : null);

    private static void RequireAdministrator(ResolveFieldContext ctx)
    {
        if (ApiCaller.Of(ctx).Access.Role != AccessRole.Administrator)
            throw ApiCaller.Forbidden("Kun administratorer ser og ændrer brugere og deres roller.");
    }

    private static async Task<UserView> ViewAsync(UserManager<TrackerUser> users, TrackerUser user) =>
        new(user.Id, user.UserName!, user.DisplayName, (await users.GetRolesAsync(user)).FirstOrDefault()?.ToUpperInvariant(),
            user.OrganisationCvr, await users.IsLockedOutAsync(user));

    private static string UserName(MutationInput input)
    {
        var name = input.Text("userName").Trim();
        return UserNamePattern().IsMatch(name)
            ? name
            : throw Invalid("input.userName", "Brugernavnet skal være 3 til 64 tegn: små bogstaver, cifre og . _ @ -.");
    }

    private static string DisplayName(MutationInput input)
    {
        var name = Input.Text(TextKind.Title, "displayName", "Navnet", input.Text("displayName"));
        return name.IsSuccess ? name.Value.Trim() : throw MutationErrors.BadInput(name.Error, "input");
    }

    /// <summary>The role's name as the tokens carry it, and the CVR number of the organisation a member acts for.</summary>
    private static async Task<(string Role, string? Cvr)> RoleAndOrganisationAsync(ResolveFieldContext ctx, MutationInput input)
    {
        var role = input.Text("role").ToLowerInvariant();
        if (input.OptionalId<OrganisationId>("organisationId") is not { } organisation)
            return role == Roles.Member ? throw Invalid("input.organisationId", "Et medlem skal høre til en organisation.") : (role, null);
        var entry = await Loaders.OrganisationAsync(ctx, organisation)
            ?? throw Invalid("input.organisationId", "Der findes ingen organisation med det id.");
        return entry.CvrNumber is { } cvr
            ? (role, cvr)
            : throw Invalid("input.organisationId", $"{entry.Name} har intet CVR-nummer i registret, og brugere knyttes til deres organisation ved det.");
    }

    /// <summary>Identity's refusal, named by the field it is about: the password's rules, else <paramref name="field"/>.</summary>
    private static void Succeeded(IdentityResult result, string field)
    {
        if (result.Succeeded)
            return;
        var about = result.Errors.All(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "input.password" : field;
        throw Invalid(about, string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    private static GraphQLError Invalid(string field, string message) =>
        new(message, code: ErrorCodes.BadUserInput, extensions: new Dictionary<string, object?> { ["field"] = field });

    [GeneratedRegex("^[a-z0-9._@-]{3,64}$")]
    private static partial Regex UserNamePattern();
}
