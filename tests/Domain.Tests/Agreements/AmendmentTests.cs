using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Tests.Support;
using static AgreementTracker.Domain.Tests.Support.History;
using static AgreementTracker.Domain.Tests.Support.TestOrganisations;

namespace AgreementTracker.Domain.Tests.Agreements;

public class AmendmentTests
{
    private static readonly AmendmentId AmendmentId = AmendmentId.From(Guid.Parse("b0000000-0000-0000-0000-000000000001"));
    private static readonly AmendedTerms NewPurpose = new(Purpose: "Flere SMV'er i grøn omstilling og brint");

    private static readonly AgreementAmendmentProposed Proposed = new(AmendmentId, Aalborg, "Brint tilføjes formålet", NewPurpose);

    private static ProposeAmendment Propose(AmendedTerms? changes = null, OrganisationId? by = null) =>
        new(History.AgreementId, AmendmentId, by ?? Aalborg, "Brint tilføjes formålet", changes ?? NewPurpose);

    [Fact]
    public void A_party_proposes_an_amendment() => Given.Agreement(Signed).When(Propose()).Then(Proposed);

    [Fact]
    public void Amending_an_unsigned_agreement_is_refused() => Given.Agreement(WithParties).When(Propose()).ThenRefused("agreement_not_signed");

    [Fact]
    public void Only_a_party_proposes() => Given.Agreement(Signed).When(Propose(by: Hjoerring)).ThenRefused("not_a_party");

    [Fact]
    public void An_amendment_must_change_something() =>
        Given.Agreement(Signed).When(Propose(new AmendedTerms())).ThenRefused("amendment_changes_nothing");

    [Fact]
    public void An_amendment_cannot_blank_the_title() =>
        Given.Agreement(Signed).When(Propose(new AmendedTerms(Title: " "))).ThenRefused("text_required");

    [Fact]
    public void An_amendment_needs_a_summary() =>
        Given.Agreement(Signed).When(Propose() with { Summary = "" }).ThenRefused("text_required");

    [Fact]
    public void The_same_amendment_cannot_be_proposed_twice() =>
        Given.Agreement([.. Signed, Proposed, new AgreementAmendmentAccepted(AmendmentId, EnergyCluster), new AgreementAmended(AmendmentId)])
            .When(Propose())
            .ThenRefused("amendment_already_proposed");

    [Fact]
    public void A_second_amendment_waits_for_the_first()
    {
        var error = Given.Agreement([.. Signed, Proposed])
            .When(Propose() with { AmendmentId = AmendmentId.From(Guid.Parse("b0000000-0000-0000-0000-000000000002")) })
            .ThenRefused("amendment_pending");
        Assert.Contains("venter stadig på svar fra Energy Cluster Denmark", error.Message);
    }

    [Fact]
    public void The_last_acceptance_applies_the_amendment() =>
        Given.Agreement([.. Signed, Proposed])
            .When(new AcceptAmendment(History.AgreementId, AmendmentId, EnergyCluster))
            .Then(new AgreementAmendmentAccepted(AmendmentId, EnergyCluster), new AgreementAmended(AmendmentId));

    [Fact]
    public void An_applied_amendment_changes_the_terms()
    {
        var state = Agreement.Fold(null, [.. Signed, Proposed, new AgreementAmendmentAccepted(AmendmentId, EnergyCluster), new AgreementAmended(AmendmentId)])!;
        Assert.Equal("Flere SMV'er i grøn omstilling og brint", state.Purpose);
        Assert.Equal("Grøn energi i Aalborg", state.Title);
    }

    [Fact]
    public void Accepting_twice_is_refused()
    {
        var error = Given.Agreement([.. Signed, Proposed])
            .When(new AcceptAmendment(History.AgreementId, AmendmentId, Aalborg))
            .ThenRefused("amendment_already_accepted");
        Assert.Equal("Aalborg Kommune har allerede accepteret ændringen 'Brint tilføjes formålet'.", error.Message);
    }

    [Fact]
    public void Accepting_an_unknown_amendment_is_refused() =>
        Given.Agreement(Signed).When(new AcceptAmendment(History.AgreementId, AmendmentId, EnergyCluster)).ThenRefused("amendment_not_found");

    [Fact]
    public void Accepting_an_applied_amendment_is_refused() =>
        Given.Agreement([.. Signed, Proposed, new AgreementAmendmentAccepted(AmendmentId, EnergyCluster), new AgreementAmended(AmendmentId)])
            .When(new AcceptAmendment(History.AgreementId, AmendmentId, EnergyCluster))
            .ThenRefused("amendment_already_applied");

    [Fact]
    public void Only_a_party_accepts() =>
        Given.Agreement([.. Signed, Proposed]).When(new AcceptAmendment(History.AgreementId, AmendmentId, Hjoerring)).ThenRefused("not_a_party");

    [Fact]
    public void A_party_rejects_an_amendment() =>
        Given.Agreement([.. Signed, Proposed])
            .When(new RejectAmendment(History.AgreementId, AmendmentId, EnergyCluster))
            .Then(new AgreementAmendmentRejected(AmendmentId, EnergyCluster));

    [Fact]
    public void The_proposer_withdraws_by_rejecting() =>
        Given.Agreement([.. Signed, Proposed])
            .When(new RejectAmendment(History.AgreementId, AmendmentId, Aalborg))
            .Then(new AgreementAmendmentRejected(AmendmentId, Aalborg));

    [Fact]
    public void A_party_that_accepted_cannot_reject_afterwards() =>
        Given.Agreement([
                .. WithParties, new PartyAdded(Hjoerring, PartyRole.CoFinancier), AalborgSigned, ClusterSigned,
                new AgreementSigned(Hjoerring, new DateOnly(2023, 12, 12)), Proposed, new AgreementAmendmentAccepted(AmendmentId, EnergyCluster),
            ])
            .When(new RejectAmendment(History.AgreementId, AmendmentId, EnergyCluster))
            .ThenRefused("amendment_already_accepted");

    [Fact]
    public void A_rejected_amendment_cannot_be_accepted()
    {
        var error = Given.Agreement([.. Signed, Proposed, new AgreementAmendmentRejected(AmendmentId, EnergyCluster)])
            .When(new AcceptAmendment(History.AgreementId, AmendmentId, EnergyCluster))
            .ThenRefused("amendment_rejected");
        Assert.Equal("Ændringen 'Brint tilføjes formålet' blev afvist af Energy Cluster Denmark.", error.Message);
    }

    [Fact]
    public void A_rejection_frees_the_way_for_a_new_proposal() =>
        Given.Agreement([.. Signed, Proposed, new AgreementAmendmentRejected(AmendmentId, EnergyCluster)])
            .When(Propose() with { AmendmentId = AmendmentId.From(Guid.Parse("b0000000-0000-0000-0000-000000000002")) })
            .Then(Proposed with { AmendmentId = AmendmentId.From(Guid.Parse("b0000000-0000-0000-0000-000000000002")) });

    [Fact]
    public void Rejecting_an_applied_amendment_is_refused() =>
        Given.Agreement([.. Signed, Proposed, new AgreementAmendmentAccepted(AmendmentId, EnergyCluster), new AgreementAmended(AmendmentId)])
            .When(new RejectAmendment(History.AgreementId, AmendmentId, EnergyCluster))
            .ThenRefused("amendment_already_applied");

    [Fact]
    public void Only_a_party_rejects() =>
        Given.Agreement([.. Signed, Proposed]).When(new RejectAmendment(History.AgreementId, AmendmentId, Hjoerring)).ThenRefused("not_a_party");
}
