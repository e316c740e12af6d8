using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

public sealed record RecordEvaluation(AgreementId AgreementId, EvaluationId EvaluationId, EvaluationKind Kind, DateOnly EvaluatedOn, string Summary, IReadOnlyList<string> Recommendations)
    : IAgreementCommand;
