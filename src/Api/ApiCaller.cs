namespace AgreementTracker.Api;

/// <summary>
/// Who is calling and which request this is: every event a mutation appends records both.
/// </summary>
/// <param name="Subject">The user's stable id at the provider that signed them in: the actor recorded on events, and the scope of their idempotency keys.</param>
/// <param name="DisplayName">Their name as people know them.</param>
/// <param name="OrganisationCvr">The CVR number of the organisation they act for, if any.</param>
/// <param name="Roles">What they may do (koordinator, medlem, revisor, administrator).</param>
public sealed record ApiCaller(string Subject, string DisplayName, string? OrganisationCvr, IReadOnlyList<string> Roles, string CorrelationId);
