using AgreementTracker.Agreements.Access;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Identity.Users;
using AgreementTracker.Server.Api;
using Marten;

namespace AgreementTracker.Server.Integrity;

/// <summary>
/// GET /export/agreements/{id} and /export/organisations/{id}: the export the command line writes (<see cref="ExportCommand"/>),
/// as a JSON Lines download against a checkpoint of the whole log. 404 for an id of nothing there is; 503 while a write
/// transaction still holds an event back from the log. With a bearer token as on <c>/graphql</c> (401 without one), and
/// by the API's rules: BRN staff and auditors export anything; a member an agreement their organisation is a party to
/// (any other is 404, as it does not exist for them) and their own organisation (any other is 403); other roles 403.
/// </summary>
public static class ExportEndpoint
{
    /// <summary>JSON Lines.</summary>
    public const string ContentType = "application/jsonl";

    public static void MapExport(this WebApplication app)
    {
        var exports = app.MapGroup("/export").RequireAuthorization(policy => policy.RequireRole(Roles.Coordinator, Roles.Auditor, Roles.Member));
        exports.MapGet("/agreements/{id:guid}", async (Guid id, HttpContext http, ApiCallers callers, IDocumentStore store, AuditorExport export, CancellationToken ct) =>
        {
            var rights = await callers.RightsOfAsync(http.User, ct);
            if (!rights.ReadsEverything && !await MemberSeesAsync(store, rights, id, ct))
                return Results.Problem("Aftalen findes ikke.", statusCode: StatusCodes.Status404NotFound);
            return await DownloadAsync(export, new ExportScope(ExportScope.Kind.Agreement, id), ct);
        });
        exports.MapGet("/organisations/{id:guid}", async (Guid id, HttpContext http, ApiCallers callers, AuditorExport export, CancellationToken ct) =>
            (await callers.RightsOfAsync(http.User, ct)).FollowsUpOn(OrganisationId.From(id))
                ? await DownloadAsync(export, new ExportScope(ExportScope.Kind.Organisation, id), ct)
                : Results.Problem("Du kan kun hente din egen organisations historik.", statusCode: StatusCodes.Status403Forbidden));
    }

    private static async Task<bool> MemberSeesAsync(IDocumentStore store, AccessRights rights, Guid id, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<AgreementState>(AgreementId.From(id), ct) is { } agreement && rights.Sees(agreement);
    }

    /// <summary>Written whole before it is sent, so a refusal is a status code and never half a file.</summary>
    private static async Task<IResult> DownloadAsync(AuditorExport export, ExportScope scope, CancellationToken ct)
    {
        using var file = new MemoryStream();
        try
        {
            await export.WriteAsync(scope, file, ct: ct);
        }
        catch (UnknownExportIdException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status404NotFound);
        }
        catch (ExportException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        return Results.File(file.ToArray(), ContentType, scope.DefaultFileName);
    }
}
