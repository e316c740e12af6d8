namespace AgreementTracker.Domain.Common;

/// <summary>
/// Why a command was refused: a stable snake_case <paramref name="Code"/> for programs and tests, and a
/// <paramref name="Message"/> in Danish in the user's terms (names, Danish amounts and dates).
/// </summary>
/// <param name="Field">
/// For a refusal about one input field: the field the user typed, as a path in the public input contract, e.g.
/// <c>title</c> or <c>attendees[2].name</c>. Null for a refusal about the state of things, e.g. an expired agreement.
/// </param>
public sealed record DomainError(string Code, string Message, string? Field = null);
