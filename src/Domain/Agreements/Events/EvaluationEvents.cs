using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

public sealed record EvaluationRecorded(EvaluationId EvaluationId, EvaluationKind Kind, DateOnly EvaluatedOn, string Summary, IReadOnlyList<string> Recommendations)
    : IAgreementEvent;
