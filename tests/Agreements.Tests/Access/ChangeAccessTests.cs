using AgreementTracker.Agreements.Access;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;

namespace AgreementTracker.Agreements.Tests.Access;

/// <summary>Who may issue which command: given the caller's access and the agreement as it is, when the command comes, then allowed or refused and why.</summary>
public sealed class ChangeAccessTests
{
    private static readonly OrganisationId Aalborg = new(Guid.Parse("0e1c53e4-6d1f-4f5e-8a5e-0000000000a1"));
    private static readonly OrganisationId Cluster = new(Guid.Parse("0e1c53e4-6d1f-4f5e-8a5e-0000000000a2"));
    private static readonly OrganisationId Hjoerring = new(Guid.Parse("0e1c53e4-6d1f-4f5e-8a5e-0000000000a3"));
    private static readonly AgreementId Id = AgreementId.From(Guid.Parse("0e1c53e4-6d1f-4f5e-8a5e-0000000000b1"));
    private static readonly KpiId ClustersKpi = KpiId.From(Guid.Parse("0e1c53e4-6d1f-4f5e-8a5e-0000000000c1"));
    private static readonly DateOnly Day = new(2027, 3, 1);

    /// <summary>Aalborg Kommune and the cluster are parties; the cluster answers for the one KPI.</summary>
    private static readonly AgreementState Agreement = Domain.Agreements.Agreement.Fold(null,
    [
        new AgreementDrafted(Id, "Grøn omstilling", AgreementKind.ProjectAgreement, "Flere grønne SMV'er",
            new DatePeriod(new DateOnly(2027, 1, 1), new DateOnly(2028, 12, 31)), "Energi", [], "Aalborg"),
        new PartyAdded(Aalborg, PartyRole.CoFinancier),
        new PartyAdded(Cluster, PartyRole.Partner),
        new KpiDefined(ClustersKpi, "E1", "Virksomheder", "virksomheder", KpiDirection.Increase, 0, 60, new DateOnly(2028, 12, 31),
            ReportingFrequency.Quarterly, "Aalborg", Cluster, null, Day),
    ])!;

    private static readonly AccessRights Coordinator = new(AccessRole.Coordinator, null);
    private static AccessRights MemberOf(OrganisationId organisation) => new(AccessRole.Member, organisation);

    private static RecordMeasurement Report(OrganisationId by) =>
        new(Id, ClustersKpi, ReportingPeriod.Parse("2027-Q1"), 12, MeasurementQualifier.Measured, MeasurementSource.SecretariatCount(), by);

    [Fact]
    public void Staff_may_change_anything_and_register_a_partys_signature() =>
        Assert.Null(ChangeAccess.Check(Coordinator, Agreement, new SignAgreement(Id, Cluster, Day)));

    [Fact]
    public void A_member_signs_for_their_own_organisation() =>
        Assert.Null(ChangeAccess.Check(MemberOf(Aalborg), Agreement, new SignAgreement(Id, Aalborg, Day)));

    [Fact]
    public void A_member_may_not_sign_for_another_party() =>
        AssertForbidden(ChangeAccess.Check(MemberOf(Aalborg), Agreement, new SignAgreement(Id, Cluster, Day)), "egen organisation");

    [Fact]
    public void A_member_reports_a_kpi_their_organisation_answers_for() =>
        Assert.Null(ChangeAccess.Check(MemberOf(Cluster), Agreement, Report(by: Cluster)));

    [Fact]
    public void A_member_may_not_report_a_kpi_another_party_answers_for() =>
        AssertForbidden(ChangeAccess.Check(MemberOf(Aalborg), Agreement, Report(by: Aalborg)), "ikke ansvarlig");

    [Fact]
    public void A_member_may_not_report_in_another_partys_name() =>
        AssertForbidden(ChangeAccess.Check(MemberOf(Aalborg), Agreement, Report(by: Cluster)), "egen organisation");

    [Fact]
    public void A_member_may_not_change_what_staff_keep() =>
        AssertForbidden(ChangeAccess.Check(MemberOf(Aalborg), Agreement, new TerminateAgreement(Id, Aalborg, Day)), "koordinatorer");

    [Fact]
    public void An_agreement_a_member_is_no_party_to_is_answered_as_one_that_does_not_exist()
    {
        var hidden = ChangeAccess.Check(MemberOf(Hjoerring), Agreement, new SignAgreement(Id, Hjoerring, Day));
        var absent = Domain.Agreements.Agreement.Decide(null, new SignAgreement(Id, Hjoerring, Day), new CommandContext(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero), _ => null));
        Assert.Equal(absent.Error, hidden);
    }

    [Fact]
    public void An_auditor_sees_everything_and_changes_nothing() =>
        AssertForbidden(ChangeAccess.Check(new AccessRights(AccessRole.Auditor, null), Agreement, new SignAgreement(Id, Aalborg, Day)), "revisor");

    [Fact]
    public void To_an_administrator_no_agreement_exists_even_their_own_organisations() =>
        Assert.Equal("agreement_not_found", ChangeAccess.Check(new AccessRights(AccessRole.Administrator, Aalborg), Agreement, new SignAgreement(Id, Aalborg, Day))?.Code);

    [Fact]
    public void Only_staff_keep_the_registry()
    {
        var register = new RegisterOrganisation(OrganisationId.From(Guid.NewGuid()), "Læsø Kommune", OrganisationKind.Municipality, null);
        Assert.Null(ChangeAccess.Check(Coordinator, register));
        AssertForbidden(ChangeAccess.Check(MemberOf(Aalborg), register), "koordinatorer");
    }

    private static void AssertForbidden(DomainError? refusal, string because)
    {
        Assert.NotNull(refusal);
        Assert.Equal(ChangeAccess.ForbiddenCode, refusal.Code);
        Assert.Contains(because, refusal.Message);
    }
}
