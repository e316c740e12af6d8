using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.FollowUp;

namespace AgreementTracker.ReadModels.Portfolios;

/// <summary>
/// A KPI of one of an organisation's agreements with the figures the follow-up table keeps for it, assessed on the
/// table's date (the projection's, refreshed daily): what a dashboard lists without reading whole agreements.
/// </summary>
public sealed record PortfolioKpi(
    Guid AgreementId,
    Guid KpiId,
    string Code,
    string Name,
    KpiStatus Status,
    KpiTrend Trend,
    ReportingPeriod? LatestPeriod,
    decimal? LatestValue,
    decimal? Progress,
    decimal ExpectedProgress);
