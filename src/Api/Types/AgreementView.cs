using AgreementTracker.Domain.Agreements;

namespace AgreementTracker.Api.Types;

/// <summary>
/// What the GraphQL <c>Agreement</c> type resolves from: the agreement's state, its stream version, and the date its
/// time-dependent figures (status, KPI status, overdue amounts, meeting compliance) are assessed on. The live read
/// model, a mutation's result and a replay to a past date all produce one.
/// </summary>
public sealed record AgreementView(AgreementState State, long Version, DateOnly AsOf);
