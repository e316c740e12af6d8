using AgreementTracker.Domain.Agreements;
using static AgreementTracker.Domain.Tests.Support.History;
using static AgreementTracker.Domain.Tests.Support.TestOrganisations;

namespace AgreementTracker.Domain.Tests.Agreements;

public class AgreementStatusTests
{
    private static AgreementState Fold(params object[] events) => Agreement.Fold(null, events)!;

    [Theory]
    [InlineData("2023-12-05", AgreementStatus.Draft)] // only Aalborg had signed
    [InlineData("2023-12-10", AgreementStatus.SignedAwaitingStart)]
    [InlineData("2024-01-01", AgreementStatus.InForce)]
    [InlineData("2026-12-31", AgreementStatus.InForce)]
    [InlineData("2027-01-01", AgreementStatus.Expired)]
    public void Status_follows_the_signatures_and_the_period(string date, AgreementStatus expected) =>
        Assert.Equal(expected, Fold(Signed).StatusOn(DateOnly.Parse(date)));

    [Fact]
    public void A_draft_with_one_party_is_a_draft_even_after_its_start() =>
        Assert.Equal(AgreementStatus.Draft, Fold(Drafted, AalborgAdded, AalborgSigned).StatusOn(new DateOnly(2025, 1, 1)));

    [Fact]
    public void A_termination_applies_from_its_effective_date()
    {
        var state = Fold([.. Signed, new AgreementTerminated(Aalborg, new DateOnly(2025, 7, 1))]);
        Assert.Equal(AgreementStatus.InForce, state.StatusOn(new DateOnly(2025, 6, 30)));
        Assert.Equal(AgreementStatus.Terminated, state.StatusOn(new DateOnly(2025, 7, 1)));
        Assert.Equal(new DateOnly(2025, 6, 30), state.LastDay);
    }

    [Fact]
    public void An_extension_keeps_the_agreement_in_force_longer() =>
        Assert.Equal(
            AgreementStatus.InForce,
            Fold([.. Signed, new AgreementExtended(new DateOnly(2026, 12, 31), new DateOnly(2027, 6, 30))]).StatusOn(new DateOnly(2027, 3, 1)));
}
