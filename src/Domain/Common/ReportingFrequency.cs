using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Common;

/// <summary>How often a KPI is reported; decides the shape of its periods ("2024", "2024-H1", "2024-Q3", "2024-03").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportingFrequency>))]
public enum ReportingFrequency
{
    Yearly,
    HalfYearly,
    Quarterly,
    Monthly,
}
