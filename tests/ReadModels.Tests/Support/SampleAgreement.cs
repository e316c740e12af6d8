using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.ReadModels.Tests.Support;

/// <summary>A small agreement between a municipality and a cluster, as events, for tests that need one of their own.</summary>
public static class SampleAgreement
{
    public static readonly OrganisationId Municipality = new(Guid.Parse("00000000-0000-0000-0000-00000000a1b0"));
    public static readonly OrganisationId Cluster = new(Guid.Parse("00000000-0000-0000-0000-00000000c105"));
    public static readonly KpiId Kpi = new(Guid.Parse("00000000-0000-0000-0000-0000000000a1"));

    public static AgreementDrafted Drafted(AgreementId id, DatePeriod period) => new(
        id, "Grøn omstilling i Aalborg", AgreementKind.ProjectAgreement, "Flere SMV'er i gang med grøn omstilling", period,
        "Energi", [TargetGroup.InnovationActiveSmes], "Aalborg Kommune");

    /// <summary>Drafted, both parties added and signed on <paramref name="signedOn"/>, and a quarterly KPI defined that day.</summary>
    public static IReadOnlyList<object> SignedWithKpi(AgreementId id, DatePeriod period, DateOnly signedOn) =>
    [
        Drafted(id, period),
        new PartyAdded(Municipality, PartyRole.CoFinancier),
        new PartyAdded(Cluster, PartyRole.Coordinator),
        new AgreementSigned(Municipality, signedOn),
        new AgreementSigned(Cluster, signedOn),
        new KpiDefined(Kpi, "UNIKKE_VIRKSOMHEDER", "Unikke virksomheder", "virksomheder", KpiDirection.Increase, 0, 40, period.End,
            ReportingFrequency.Quarterly, "Aalborg Kommune", Cluster, null, signedOn),
    ];
}
