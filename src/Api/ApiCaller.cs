namespace AgreementTracker.Api;

/// <summary>
/// Who is calling and which request this is: every event a mutation appends records both. Until sign-in exists
/// the identity is the server's configured development identity.
/// </summary>
public sealed record ApiCaller(string Identity, string CorrelationId);
