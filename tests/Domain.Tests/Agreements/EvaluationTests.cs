using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Tests.Support;
using static AgreementTracker.Domain.Tests.Support.History;

namespace AgreementTracker.Domain.Tests.Agreements;

public class EvaluationTests
{
    private static readonly EvaluationId EvaluationId = EvaluationId.From(Guid.Parse("30000000-0000-0000-0000-000000000001"));
    private static readonly DateOnly EvaluatedOn = new(2025, 6, 1);

    private static RecordEvaluation Record(EvaluationKind kind = EvaluationKind.MidTerm) =>
        new(History.AgreementId, EvaluationId, kind, EvaluatedOn, "Indsatsen er godt i gang", ["Flere små virksomheder", ""]);

    private static readonly EvaluationRecorded MidTerm = new(EvaluationId, EvaluationKind.MidTerm, EvaluatedOn, "Indsatsen er godt i gang", ["Flere små virksomheder"]);

    [Fact]
    public void Recording_a_mid_term_evaluation() => Given.Agreement(Signed).When(Record()).Then(MidTerm);

    [Fact]
    public void A_final_evaluation_can_follow_the_end() =>
        Given.Agreement([.. Signed, new AgreementExpired(new DateOnly(2026, 12, 31))]).On(new DateOnly(2027, 2, 1))
            .When(Record(EvaluationKind.Final) with { EvaluatedOn = new DateOnly(2027, 1, 31) })
            .Then(MidTerm with { Kind = EvaluationKind.Final, EvaluatedOn = new DateOnly(2027, 1, 31) });

    [Fact]
    public void A_draft_is_not_evaluated() => Given.Agreement(WithParties).When(Record()).ThenRefused("agreement_not_signed");

    [Fact]
    public void An_evaluation_needs_a_summary() => Given.Agreement(Signed).When(Record() with { Summary = " " }).ThenRefused("text_required");

    [Fact]
    public void An_evaluation_cannot_be_dated_in_the_future() =>
        Given.Agreement(Signed).When(Record() with { EvaluatedOn = new DateOnly(2025, 12, 1) }).ThenRefused("date_in_future");

    [Fact]
    public void An_evaluation_is_recorded_once() => Given.Agreement([.. Signed, MidTerm]).When(Record()).ThenRefused("evaluation_already_recorded");

    [Fact]
    public void There_is_one_final_evaluation() =>
        Given.Agreement([.. Signed, MidTerm with { Kind = EvaluationKind.Final }])
            .When(Record(EvaluationKind.Final) with { EvaluationId = EvaluationId.From(Guid.Parse("30000000-0000-0000-0000-000000000002")) })
            .ThenRefused("final_evaluation_exists");
}
