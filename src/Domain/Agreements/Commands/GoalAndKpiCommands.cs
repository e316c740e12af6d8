using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

public sealed record SetGoal(AgreementId AgreementId, GoalId GoalId, string Description, GoalHardness Hardness, GoalHorizon Horizon)
    : IAgreementCommand;

public sealed record DefineKpi(
    AgreementId AgreementId,
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
    GoalId? Goal = null) : IAgreementCommand;

public sealed record ReviseKpiTarget(AgreementId AgreementId, KpiId KpiId, decimal Target, DateOnly TargetDate) : IAgreementCommand;

public sealed record RecordMeasurement(
    AgreementId AgreementId,
    KpiId KpiId,
    ReportingPeriod Period,
    decimal Value,
    MeasurementQualifier Qualifier,
    MeasurementSource Source,
    OrganisationId ReportedBy) : IAgreementCommand;

public sealed record CorrectMeasurement(
    AgreementId AgreementId,
    KpiId KpiId,
    ReportingPeriod Period,
    decimal Value,
    MeasurementQualifier Qualifier,
    MeasurementSource Source,
    OrganisationId ReportedBy) : IAgreementCommand;
