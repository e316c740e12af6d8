namespace AgreementTracker.ReadModels.Portfolios;

/// <summary>An organisation's own co-financing in one agreement and year, as the follow-up ledger table keeps it.</summary>
public sealed record PortfolioLedgerLine(
    Guid AgreementId,
    int Year,
    decimal Committed,
    decimal Invoiced,
    decimal Paid,
    decimal Outstanding,
    decimal Overdue);
