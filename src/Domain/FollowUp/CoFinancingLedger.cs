using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.FollowUp;

/// <summary>One party's co-financing for one year of an agreement, in DKK.</summary>
/// <param name="Committed">Committed and not cancelled.</param>
/// <param name="Outstanding">Committed but not yet paid.</param>
/// <param name="Overdue">Invoiced, past its due date and not yet paid.</param>
public sealed record LedgerLine(OrganisationId Party, int Year, decimal Committed, decimal Invoiced, decimal Paid, decimal Outstanding, decimal Overdue)
{
    public decimal NotYetInvoiced => Committed - Invoiced;
}

/// <summary>Committed against invoiced against paid, per party and year. Always 0 ≤ overdue ≤ invoiced − paid, and paid ≤ invoiced ≤ committed.</summary>
public static class CoFinancingLedger
{
    public static IReadOnlyList<LedgerLine> ByPartyAndYear(AgreementState agreement, DateOnly asOf) =>
        agreement.Commitments
            .Where(c => !c.Cancelled)
            .GroupBy(c => (c.Party, c.Year))
            .Select(g => Line(g.Key.Party, g.Key.Year, g.ToList(), asOf))
            .OrderBy(l => agreement.Parties.FindIndex(p => p.Organisation == l.Party))
            .ThenBy(l => l.Year)
            .ToList();

    /// <summary>All parties and years added up.</summary>
    public static (decimal Committed, decimal Invoiced, decimal Paid, decimal Outstanding, decimal Overdue) Totals(IEnumerable<LedgerLine> lines) =>
        lines.Aggregate(
            (Committed: 0m, Invoiced: 0m, Paid: 0m, Outstanding: 0m, Overdue: 0m),
            (sum, l) => (sum.Committed + l.Committed, sum.Invoiced + l.Invoiced, sum.Paid + l.Paid, sum.Outstanding + l.Outstanding, sum.Overdue + l.Overdue));

    private static LedgerLine Line(OrganisationId party, int year, List<CommitmentState> commitments, DateOnly asOf)
    {
        var committed = commitments.Sum(c => c.Amount);
        var paid = commitments.Sum(c => c.Paid);
        var overdue = commitments.SelectMany(c => c.Invoices).Where(i => i.IsOverdueOn(asOf)).Sum(i => i.Outstanding);
        return new LedgerLine(party, year, committed, commitments.Sum(c => c.Invoiced), paid, committed - paid, overdue);
    }
}
