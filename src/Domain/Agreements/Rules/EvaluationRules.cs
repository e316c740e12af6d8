using AgreementTracker.Domain.Common;
using static AgreementTracker.Domain.Formatting.DanishFormat;
using static AgreementTracker.Domain.Formatting.DanishLabels;

namespace AgreementTracker.Domain.Agreements;

/// <summary>Mid-term, annual and final evaluations; there is one final evaluation, possibly after the agreement ended.</summary>
internal static class EvaluationRules
{
    public static Result<IReadOnlyList<object>> Record(AgreementState state, RecordEvaluation command, CommandContext context)
    {
        if ((Guards.FullySigned(state) ?? Guards.Text(command.Summary, "Evalueringens resumé", "summary")
                ?? Guards.NotInFuture(command.EvaluatedOn, context, "Evalueringsdatoen", "evaluatedOn")) is { } refused)
        {
            return refused;
        }

        if (state.Evaluations.Exists(e => e.Id == command.EvaluationId))
        {
            return new DomainError(
                "evaluation_already_recorded", $"Der er allerede registreret en evaluering med id {command.EvaluationId}.", "evaluationId");
        }

        if (command.Kind == EvaluationKind.Final && state.Evaluations.Find(e => e.Kind == EvaluationKind.Final) is { } final)
        {
            return new DomainError(
                "final_evaluation_exists", $"'{state.Title}' har allerede en {Of(EvaluationKind.Final).ToLowerInvariant()} fra {Date(final.EvaluatedOn)}.", "kind");
        }

        return Decision.Accept(new EvaluationRecorded(
            command.EvaluationId, command.Kind, command.EvaluatedOn, command.Summary.Trim(),
            command.Recommendations.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).ToList()));
    }
}
