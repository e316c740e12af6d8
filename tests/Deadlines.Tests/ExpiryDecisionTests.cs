using AgreementTracker.Deadlines.Handling;
using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Agreements;
using static AgreementTracker.Deadlines.Tests.AgreementHistory;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>
/// What the expiry's handler decides when it fires the day after the end: the domain's own expiry and the notice of it,
/// or the domain's refusal, in which case the handler writes nothing.
/// </summary>
public sealed class ExpiryDecisionTests
{
    private static readonly DateOnly DayAfterEnd = Period.End.AddDays(1);
    private static readonly AgreementExpiry.Due Expiry = new(Id, Period.End, DayAfterEnd);

    [Fact]
    public void A_signed_agreement_past_its_end_is_expired_and_its_parties_told()
    {
        var expiry = AgreementExpiryHandler.Expire(Expiry, Signed(), On(DayAfterEnd));

        Assert.True(expiry.IsSuccess);
        Assert.Equal([new AgreementExpired(Period.End)], expiry.Value.Events);
        Assert.Equal(NotificationKinds.AgreementExpired, expiry.Value.Notice.Kind);
        Assert.Equal([Brn, Aalborg, EnergyCluster], expiry.Value.Notice.Concerns);
        Assert.Equal("Aftalen 'Energi i Nordjylland' udløb 31-12-2026 og er nu registreret som udløbet.", expiry.Value.Notice.Text);
        Assert.Equal("Aftaleperioden sluttede 31-12-2026.", AgreementExpiry.Reason(Expiry));
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "extended", "period_not_ended" },
        { "terminated", "agreement_terminated" },
        { "expired by hand", "agreement_expired" },
        { "never signed", "agreement_not_signed" },
        { "no stream", "agreement_not_found" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void An_agreement_that_cannot_expire_is_refused_by_the_domain(string since, string code)
    {
        var agreement = since switch
        {
            "extended" => Then(Signed(), Period.End.AddDays(-30), new ExtendAgreement(Id, Period.End.AddMonths(6))),
            "terminated" => Then(Signed(), new DateOnly(2026, 3, 1), new TerminateAgreement(Id, Aalborg, new DateOnly(2026, 6, 1))),
            "expired by hand" => Then(Signed(), DayAfterEnd, new ExpireAgreement(Id)),
            "never signed" => Then(null, SignedOn,
                new DraftAgreement(Id, "Udkast", AgreementKind.ProjectAgreement, "Et projekt der aldrig blev til", Period, "Energi", [], "Aalborg"),
                new AddParty(Id, Brn, PartyRole.Coordinator),
                new AddParty(Id, Aalborg, PartyRole.Partner)),
            _ => null,
        };

        var expiry = AgreementExpiryHandler.Expire(Expiry, agreement, On(DayAfterEnd));

        Assert.False(expiry.IsSuccess);
        Assert.Equal(code, expiry.Error.Code);
    }
}
