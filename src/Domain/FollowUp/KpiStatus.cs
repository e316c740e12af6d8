using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.FollowUp;

[JsonConverter(typeof(JsonStringEnumConverter<KpiStatus>))]
public enum KpiStatus
{
    /// <summary>The latest figure has reached the target.</summary>
    Achieved,

    /// <summary>At or ahead of where the straight line from baseline to target says it should be.</summary>
    OnTrack,

    /// <summary>Behind the line, but by no more than <see cref="KpiFulfilment.AtRiskMargin"/> of the way to the target.</summary>
    AtRisk,

    OffTrack,

    /// <summary>A reporting period has passed (plus the time allowed to report) with no figure.</summary>
    NotReported,
}

/// <summary>How the latest figure compares with the one before it, in the KPI's own direction.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KpiTrend>))]
public enum KpiTrend
{
    Unknown,
    Improving,
    Stable,
    Worsening,
}
