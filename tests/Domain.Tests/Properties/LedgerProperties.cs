using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using static AgreementTracker.Domain.Tests.Support.History;
using static AgreementTracker.Domain.Tests.Support.TestOrganisations;

namespace AgreementTracker.Domain.Tests.Properties;

/// <summary>Whatever sequence of co-financing commands is tried, what the domain accepts keeps the ledger's amounts nested.</summary>
public class LedgerProperties
{
    private static readonly CommitmentId[] Commitments = [.. Enumerable.Range(1, 3).Select(n => CommitmentId.From(new Guid(n, 1, 0, new byte[8])))];
    private static readonly InvoiceId[] Invoices = [.. Enumerable.Range(1, 5).Select(n => InvoiceId.From(new Guid(n, 2, 0, new byte[8])))];
    private static readonly OrganisationId[] Parties = [Aalborg, EnergyCluster];

    private static Gen<IAgreementCommand> Commands =>
        from kind in Gen.Choose(0, 3)
        from commitment in Gen.Elements(Commitments)
        from invoice in Gen.Elements(Invoices)
        from party in Gen.Elements(Parties)
        from year in Gen.Choose(2024, 2026)
        from amount in Gen.Choose(1, 200).Select(n => n * 1_000m)
        from day in Gen.Choose(0, 500)
        select kind switch
        {
            0 => (IAgreementCommand)new CommitCoFinancing(History.AgreementId, commitment, party, amount, year, "Aktiviteter", ContributionForm.Cash),
            1 => new InvoiceCoFinancing(History.AgreementId, commitment, invoice, amount, new DateOnly(2024, 1, 1).AddDays(day), new DateOnly(2024, 2, 1).AddDays(day)),
            2 => new PayCoFinancing(History.AgreementId, commitment, invoice, amount, new DateOnly(2024, 1, 15).AddDays(day)),
            _ => new CancelCoFinancing(History.AgreementId, commitment),
        };

    [Fact]
    public void Paid_never_exceeds_invoiced_which_never_exceeds_committed() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Gen.ListOf(Commands).ToArbitrary(), Gen.Choose(0, 900).ToArbitrary(), (commands, asOfDay) =>
        {
            var state = Agreement.Fold(null, Signed)!;
            foreach (var command in commands)
            {
                var result = Agreement.Decide(state, command, TestOrganisations.On(Defaults.Today));
                state = result.IsSuccess ? Agreement.Fold(state, result.Value)! : state;
            }

            var lines = CoFinancingLedger.ByPartyAndYear(state, new DateOnly(2024, 1, 1).AddDays(asOfDay));
            return lines.All(l =>
                l.Paid >= 0 && l.Paid <= l.Invoiced && l.Invoiced <= l.Committed
                && l.Outstanding == l.Committed - l.Paid
                && l.Overdue >= 0 && l.Overdue <= l.Invoiced - l.Paid);
        }));

    [Fact]
    public void A_refused_command_changes_nothing() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Gen.ListOf(Commands).ToArbitrary(), commands =>
        {
            var state = Agreement.Fold(null, Signed)!;
            foreach (var command in commands)
            {
                var result = Agreement.Decide(state, command, TestOrganisations.On(Defaults.Today));
                if (result.IsSuccess)
                {
                    if (result.Value.Count == 0)
                    {
                        return false;
                    }

                    state = Agreement.Fold(state, result.Value)!;
                }
                else if (string.IsNullOrWhiteSpace(result.Error.Message))
                {
                    return false;
                }
            }

            return true;
        }));
}
