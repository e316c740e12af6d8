using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.ReadModels.Audit;
using AgreementTracker.ReadModels.Tests.Support;

namespace AgreementTracker.ReadModels.Tests;

public sealed class AgreementChangesTests
{
    private static readonly AgreementId Id = new(Guid.Parse("00000000-0000-0000-0000-000000000042"));
    private static readonly DatePeriod Period = new(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31));

    private static string? Name(OrganisationId id) =>
        id == SampleAgreement.Municipality ? "Aalborg Kommune" : id == SampleAgreement.Cluster ? "Energy Cluster Denmark" : null;

    private static AgreementState Signed => Agreement.Fold(null, SampleAgreement.SignedWithKpi(Id, Period, new DateOnly(2023, 12, 1)))!;

    [Fact]
    public void A_draft_sets_its_terms_from_nothing_in_danish_format()
    {
        var drafted = Agreement.Evolve(null, SampleAgreement.Drafted(Id, Period));

        var changes = AgreementChanges.Between(null, drafted, Name);

        Assert.Contains(new FieldChange("title", null, "Grøn omstilling i Aalborg"), changes);
        Assert.Contains(new FieldChange("period.end", null, "31-12-2025"), changes);
        Assert.All(changes, c => Assert.Null(c.Before));
    }

    [Fact]
    public void A_revised_target_changes_only_that_kpis_target()
    {
        var revised = Agreement.Evolve(Signed, new KpiTargetRevised(SampleAgreement.Kpi, 40, 1250, Period.End, Period.End));

        var change = Assert.Single(AgreementChanges.Between(Signed, revised, Name));

        Assert.Equal(new FieldChange("kpis[Unikke virksomheder].target", "40 virksomheder", "1.250 virksomheder"), change);
    }

    [Fact]
    public void Co_financing_is_shown_in_kroner_under_the_partys_name()
    {
        var committed = Agreement.Evolve(Signed, new CoFinancingCommitted(new CommitmentId(Guid.NewGuid()), SampleAgreement.Municipality, 250000m, 2024, "Matchmaking", ContributionForm.Cash));

        var changes = AgreementChanges.Between(Signed, committed, Name);

        Assert.Contains(new FieldChange("coFinancing.commitments[Aalborg Kommune 2024: Matchmaking].amount", null, "250.000 kr."), changes);
    }

    [Fact]
    public void Nothing_changed_is_no_change()
    {
        Assert.Empty(AgreementChanges.Between(Signed, Signed, Name));
    }
}
