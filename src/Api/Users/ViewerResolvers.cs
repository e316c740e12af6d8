using AgreementTracker.Agreements.Access;
using AgreementTracker.Api.Types;
using AgreementTracker.Domain.Common;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Users;

/// <summary><c>viewer</c>: the caller's name, role and organisation, so that a page offers what its user may do.</summary>
internal static class ViewerResolvers
{
    private sealed record Viewer(string Name, string Role, OrganisationId? Organisation);

    public static SchemaBuilder AddViewer(this SchemaBuilder builder) => builder
        .AddResolver("Query", "viewer", ctx =>
        {
            var caller = ApiCaller.Of(ctx);
            return new Viewer(caller.DisplayName, RoleName(caller.Access.Role), caller.Access.Organisation);
        })
        .FieldAsync<Viewer, object?>("Viewer", "organisation", async (v, ctx) =>
            v.Organisation is { } id ? await Loaders.OrganisationAsync(ctx, id) : null);

    /// <summary>The <c>UserRole</c> value of the role: the names the sign-in's tokens carry.</summary>
    private static string RoleName(AccessRole role) => role switch
    {
        AccessRole.Coordinator => "KOORDINATOR",
        AccessRole.Auditor => "REVISOR",
        AccessRole.Administrator => "ADMINISTRATOR",
        _ => "MEDLEM",
    };
}
