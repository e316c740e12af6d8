using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using static AgreementTracker.Domain.Common.Dates;

namespace AgreementTracker.Domain.DemoData;

/// <summary>Each year: commitment, invoice and payment for every co-financing party.</summary>
internal sealed partial class AgreementSimulator
{
    private void PlanCoFinancing(Timeline timeline)
    {
        foreach (var financing in spec.Financing)
        {
            var party = organisations.Id(financing.Organisation);
            for (var year = spec.Period.Start.Year; year <= timeline.LastDay.Year; year++)
            {
                var committedOn = year == spec.Period.Start.Year ? timeline.LastSigned.AddDays(1) : new DateOnly(year, 1, 10);
                if (committedOn >= timeline.OpenUntil)
                {
                    continue;
                }

                var commitmentId = CommitmentId.From(DemoIds.Next(random));
                Add(committedOn, new CommitCoFinancing(id, commitmentId, party, financing.AmountPerYear, year, financing.Purpose, financing.Form),
                    organisations.Contact(financing.Organisation));
                if (spec.Twists.OfType<CancelledCommitment>().FirstOrDefault(c => c.Organisation == financing.Organisation && c.Year == year) is { } cancelled)
                {
                    Add(committedOn.AddDays(10), new CancelCoFinancing(id, commitmentId), organisations.Contact(financing.Organisation), cancelled.Reason);
                    continue;
                }

                var invoicedOn = financing.Form == ContributionForm.Cash ? Later(committedOn.AddDays(20), new DateOnly(year, 3, 1)) : new DateOnly(year, 12, 1);
                invoicedOn = Earlier(invoicedOn, timeline.LastDay);
                var invoiceId = InvoiceId.From(DemoIds.Next(random));
                var dueOn = invoicedOn.AddDays(30);
                Add(invoicedOn, new InvoiceCoFinancing(id, commitmentId, invoiceId, financing.AmountPerYear, invoicedOn, dueOn), Coordinator);
                if (!spec.Twists.OfType<OverduePayment>().Any(o => o.Organisation == financing.Organisation && o.Year == year))
                {
                    var paidOn = dueOn.AddDays(random.Next(-15, 10));
                    Add(paidOn, new PayCoFinancing(id, commitmentId, invoiceId, financing.AmountPerYear, paidOn), Coordinator);
                }
            }
        }
    }
}
