using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using static AgreementTracker.Domain.Tests.Support.TestOrganisations;

namespace AgreementTracker.Domain.Tests.Support;

/// <summary>Building blocks of agreement histories the tests start from.</summary>
internal static class History
{
    public static readonly AgreementId AgreementId = AgreementId.From(Guid.Parse("a0000000-0000-0000-0000-000000000001"));
    public static readonly KpiId UniqueCompaniesKpiId = KpiId.From(Guid.Parse("c0000000-0000-0000-0000-000000000001"));
    public static readonly CommitmentId AalborgCommitmentId = CommitmentId.From(Guid.Parse("e0000000-0000-0000-0000-000000000001"));
    public static readonly InvoiceId AalborgInvoiceId = InvoiceId.From(Guid.Parse("f0000000-0000-0000-0000-000000000001"));

    public static readonly DatePeriod Period = new(new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31));

    public static readonly AgreementDrafted Drafted = new(
        AgreementId,
        "Grøn energi i Aalborg",
        AgreementKind.ProjectAgreement,
        "Flere nordjyske SMV'er i grønne energiprojekter",
        Period,
        "Energi",
        [TargetGroup.InnovationActiveSmes, TargetGroup.SmesNotYetInnovating],
        "Aalborg Kommune");

    public static readonly PartyAdded AalborgAdded = new(Aalborg, PartyRole.Coordinator);
    public static readonly PartyAdded ClusterAdded = new(EnergyCluster, PartyRole.Partner);
    public static readonly AgreementSigned AalborgSigned = new(Aalborg, new DateOnly(2023, 12, 1));
    public static readonly AgreementSigned ClusterSigned = new(EnergyCluster, new DateOnly(2023, 12, 10));

    public static readonly object[] WithParties = [Drafted, AalborgAdded, ClusterAdded];

    public static readonly object[] Signed = [.. WithParties, AalborgSigned, ClusterSigned];

    public static readonly KpiDefined UniqueCompaniesKpi = new(
        UniqueCompaniesKpiId, "UNIKKE_VIRKSOMHEDER", "Unikke virksomheder", "virksomheder", KpiDirection.Increase,
        Baseline: 0, Target: 100, TargetDate: new DateOnly(2026, 12, 31), ReportingFrequency.Quarterly, "Aalborg Kommune",
        EnergyCluster, Goal: null, DefinedOn: new DateOnly(2023, 12, 15));

    public static readonly object[] SignedWithKpi = [.. Signed, UniqueCompaniesKpi];

    public static MeasurementRecorded Measured(string period, decimal value, MeasurementQualifier qualifier = MeasurementQualifier.Measured) =>
        new(UniqueCompaniesKpiId, ReportingPeriod.Parse(period), value, qualifier, MeasurementSource.SecretariatCount(), EnergyCluster);

    public static readonly CoFinancingCommitted AalborgCommitted = new(
        AalborgCommitmentId, Aalborg, 50_000m, 2025, "Matchmaking-arrangementer i Aalborg", ContributionForm.Cash);

    public static readonly CoFinancingInvoiced AalborgInvoiced = new(
        AalborgCommitmentId, AalborgInvoiceId, 50_000m, new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31));
}
