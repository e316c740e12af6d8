using AgreementTracker.Domain.Common;

namespace AgreementTracker.Agreements.Changes;

/// <summary>The domain refused the command; nothing was written. <see cref="Error"/> says why in the user's terms.</summary>
/// <param name="commandIndex">Which of the change's commands was refused, counting from 0, so a caller that made several
/// commands of one input (a draft and its parties) can tell where in the input the refused field is.</param>
public sealed class CommandRefusedException(DomainError error, int commandIndex = 0) : Exception(error.Message)
{
    public DomainError Error { get; } = error;

    public int CommandIndex { get; } = commandIndex;
}
