using AgreementTracker.Domain.Common;

namespace AgreementTracker.Agreements.Changes;

/// <summary>The domain refused the command; nothing was written. <see cref="Error"/> says why in the user's terms.</summary>
public sealed class CommandRefusedException(DomainError error) : Exception(error.Message)
{
    public DomainError Error { get; } = error;
}
