namespace AgreementTracker.Domain.Common;

/// <summary>Builds the outcome of a decision that was accepted: the events to append, in order.</summary>
public static class Decision
{
    public static Result<IReadOnlyList<object>> Accept(params object[] events) => Result<IReadOnlyList<object>>.Success(events);
}
