namespace AgreementTracker.Domain.Common;

/// <summary>
/// Why a command was refused: a stable snake_case <paramref name="Code"/> for programs and tests, and a
/// <paramref name="Message"/> in the user's terms (names, Danish amounts and dates).
/// </summary>
public sealed record DomainError(string Code, string Message);
