using AgreementTracker.Agreements.Access;
using AgreementTracker.GraphQL;
using AgreementTracker.GraphQL.Execution;

namespace AgreementTracker.Api;

/// <summary>
/// Who is calling and which request this is: every event a mutation appends records both, and what the caller may
/// read and change follows from <see cref="Access"/>.
/// </summary>
/// <param name="Subject">The user's stable id at the provider that signed them in: the actor recorded on events, and the scope of their idempotency keys.</param>
/// <param name="DisplayName">Their name as people know them.</param>
/// <param name="OrganisationCvr">The CVR number of the organisation they act for, if any.</param>
/// <param name="Access">Their role, and the organisation of the registry that CVR number names.</param>
public sealed record ApiCaller(string Subject, string DisplayName, string? OrganisationCvr, AccessRights Access, string CorrelationId)
{
    public const string UnauthenticatedCode = "UNAUTHENTICATED";

    /// <summary>The caller of the request being resolved; every resolver reads what it may show through this.</summary>
    public static ApiCaller Of(ResolveFieldContext context) =>
        context.UserContext as ApiCaller ?? throw new GraphQLError("Log ind for at bruge API'et.", code: UnauthenticatedCode);

    /// <summary>A refusal that says why in the user's terms, with the code <c>FORBIDDEN</c>.</summary>
    public static GraphQLError Forbidden(string why) => new(why, code: ChangeAccess.ForbiddenCode);
}
