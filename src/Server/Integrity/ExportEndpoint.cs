using AgreementTracker.Identity.Users;

namespace AgreementTracker.Server.Integrity;

/// <summary>
/// GET /export/agreements/{id} and /export/organisations/{id}: the export the command line writes (<see cref="ExportCommand"/>),
/// as a JSON Lines download against a checkpoint of the whole log. 404 for an id of nothing there is; 503 while a write
/// transaction still holds an event back from the log. For those who read everything, BRN staff and auditors, with a
/// bearer token as on <c>/graphql</c>: 401 without one, 403 for another role.
/// </summary>
public static class ExportEndpoint
{
    /// <summary>JSON Lines.</summary>
    public const string ContentType = "application/jsonl";

    public static void MapExport(this WebApplication app)
    {
        var exports = app.MapGroup("/export").RequireAuthorization(policy => policy.RequireRole(Roles.Coordinator, Roles.Auditor));
        exports.MapGet("/agreements/{id:guid}", (Guid id, AuditorExport export, CancellationToken ct) =>
            DownloadAsync(export, new ExportScope(ExportScope.Kind.Agreement, id), ct));
        exports.MapGet("/organisations/{id:guid}", (Guid id, AuditorExport export, CancellationToken ct) =>
            DownloadAsync(export, new ExportScope(ExportScope.Kind.Organisation, id), ct));
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
