using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>
/// Agreement states built the way their streams build them: each command decided on its day against the state the ones
/// before it leave, and its events folded with the domain's own <see cref="Agreement.Evolve"/>. The dates are fixed,
/// since nothing here reads a clock.
/// </summary>
internal static class AgreementHistory
{
    public static readonly OrganisationId Brn = new(Guid.Parse("0b5c0000-0000-4000-8000-000000000001"));
    public static readonly OrganisationId Aalborg = new(Guid.Parse("0b5c0000-0000-4000-8000-000000000002"));
    public static readonly OrganisationId EnergyCluster = new(Guid.Parse("0b5c0000-0000-4000-8000-000000000003"));

    public static readonly AgreementId Id = new(Guid.Parse("a0000000-0000-4000-8000-000000000001"));
    public static readonly KpiId Companies = new(Guid.Parse("4b100000-0000-4000-8000-000000000001"));
    public static readonly CommitmentId Commitment = new(Guid.Parse("c0000000-0000-4000-8000-000000000001"));
    public static readonly InvoiceId Invoice = new(Guid.Parse("10000000-0000-4000-8000-000000000001"));

    /// <summary>Two calendar years, signed by all three parties a month before they start.</summary>
    public static readonly DatePeriod Period = new(new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31));
    public static readonly DateOnly SignedOn = new(2024, 12, 1);

    private static readonly Dictionary<OrganisationId, string> Names = new()
    {
        [Brn] = "Business Region North Denmark",
        [Aalborg] = "Aalborg Kommune",
        [EnergyCluster] = "Energy Cluster Denmark",
    };

    /// <summary>What a decision on <paramref name="day"/> knows: nine in the morning, and the three organisations' names.</summary>
    public static CommandContext On(DateOnly day) => new(DeadlineCalendar.StartOf(day).AddHours(9), id => Names.GetValueOrDefault(id));

    public static IReadOnlyDictionary<OrganisationId, string> OrganisationNames => Names;

    /// <summary>BRN (coordinator), Aalborg Kommune (co-financier) and Energy Cluster Denmark (partner), all signed.</summary>
    public static AgreementState Signed() => Then(null, SignedOn,
        new DraftAgreement(Id, "Energi i Nordjylland", AgreementKind.FrameworkAgreement, "Fælles indsats for grøn energi", Period,
            "Energi", [TargetGroup.InnovationActiveSmes], "Nordjylland"),
        new AddParty(Id, Brn, PartyRole.Coordinator),
        new AddParty(Id, Aalborg, PartyRole.CoFinancier),
        new AddParty(Id, EnergyCluster, PartyRole.Partner),
        new SignAgreement(Id, Brn, SignedOn),
        new SignAgreement(Id, Aalborg, SignedOn),
        new SignAgreement(Id, EnergyCluster, SignedOn));

    /// <summary>Aalborg Kommune commits 50.000 kr. for 2025, invoiced 1 March 2025 and due 31 March.</summary>
    public static AgreementState Invoiced() => Then(Signed(), new DateOnly(2025, 3, 1),
        new CommitCoFinancing(Id, Commitment, Aalborg, 50_000m, 2025, "Klyngeaktiviteter i Aalborg", ContributionForm.Cash),
        new InvoiceCoFinancing(Id, Commitment, Invoice, 50_000m, new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31)));

    /// <summary>A KPI Energy Cluster Denmark reports, with its target at the agreement's end.</summary>
    public static DefineKpi Kpi(KpiId id, ReportingFrequency frequency, string name = "Unikke virksomheder") => new(
        Id, id, "UNIKKE_VIRKSOMHEDER", name, "virksomheder", KpiDirection.Increase, 0m, 120m, Period.End, frequency, "Nordjylland", EnergyCluster);

    /// <summary>The state after the commands, each decided on <paramref name="day"/>; a refusal fails the test.</summary>
    public static AgreementState Then(AgreementState? state, DateOnly day, params IAgreementCommand[] commands)
    {
        foreach (var command in commands)
        {
            var decision = Agreement.Decide(state, command, On(day));
            Assert.True(decision.IsSuccess, decision.IsSuccess ? "" : $"{command.GetType().Name} refused ({decision.Error.Code}): {decision.Error.Message}");
            state = Agreement.Fold(state, decision.Value);
        }
        return state ?? throw new ArgumentException("No commands, no agreement.", nameof(commands));
    }
}
