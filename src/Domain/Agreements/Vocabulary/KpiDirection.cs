using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Agreements;

/// <summary>Whether the KPI improves by going up (companies reached) or down (e.g. waiting time).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KpiDirection>))]
public enum KpiDirection
{
    Increase,
    Decrease,
}
