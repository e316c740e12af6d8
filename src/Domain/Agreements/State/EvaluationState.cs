using System.Collections.Immutable;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

public sealed record EvaluationState(EvaluationId Id, EvaluationKind Kind, DateOnly EvaluatedOn, string Summary, ImmutableList<string> Recommendations);
