namespace AgreementTracker.Domain.Common;

/// <summary>
/// Why a command was refused: a stable snake_case <paramref name="Code"/> for programs and tests, and a
/// <paramref name="Message"/> in the user's terms (names, Danish amounts and dates).
/// </summary>
/// <param name="Field">
/// For a refusal by the input rules (<see cref="Input"/>): the input field the user typed, as a path in the public
/// input contract, e.g. <c>title</c> or <c>attendees[2].name</c>. Null for a refusal by a business rule.
/// </param>
public sealed record DomainError(string Code, string Message, string? Field = null);
