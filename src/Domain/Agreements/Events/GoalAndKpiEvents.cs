using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

public sealed record GoalSet(GoalId GoalId, string Description, GoalHardness Hardness, GoalHorizon Horizon) : IAgreementEvent;

/// <param name="CatalogueCode">The indicator's code in the catalogue the field uses (seed 003), e.g. "UNIKKE_VIRKSOMHEDER".</param>
/// <param name="DefinedOn">When the KPI was agreed; progress is expected from this date or the agreement's start, whichever is later.</param>
public sealed record KpiDefined(
    KpiId KpiId,
    string CatalogueCode,
    string Name,
    string Unit,
    KpiDirection Direction,
    decimal Baseline,
    decimal Target,
    DateOnly TargetDate,
    ReportingFrequency Frequency,
    string Geography,
    OrganisationId ResponsibleParty,
    GoalId? Goal,
    DateOnly DefinedOn) : IAgreementEvent;

public sealed record KpiTargetRevised(KpiId KpiId, decimal PreviousTarget, decimal Target, DateOnly PreviousTargetDate, DateOnly TargetDate)
    : IAgreementEvent;

public sealed record MeasurementRecorded(
    KpiId KpiId,
    ReportingPeriod Period,
    decimal Value,
    MeasurementQualifier Qualifier,
    MeasurementSource Source,
    OrganisationId ReportedBy) : IAgreementEvent;

/// <summary>A restatement of a period's figure. The original stays in the history; the correction is what counts.</summary>
public sealed record MeasurementCorrected(
    KpiId KpiId,
    ReportingPeriod Period,
    decimal Value,
    MeasurementQualifier Qualifier,
    MeasurementSource Source,
    OrganisationId ReportedBy) : IAgreementEvent;
