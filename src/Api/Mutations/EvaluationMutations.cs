using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Mutations;

internal static class EvaluationMutations
{
    public static SchemaBuilder AddEvaluationMutations(this SchemaBuilder builder) => builder
        .AgreementMutation("recordEvaluation", input =>
        {
            var id = input.NewId<EvaluationId>("evaluationId");
            return new([new RecordEvaluation(
                input.Id<AgreementId>("agreementId"), id, input.Enum<EvaluationKind>("kind"), input.Date("evaluatedOn"),
                input.Text("summary"), input.List<string>("recommendations"))], id.Value);
        });
}
