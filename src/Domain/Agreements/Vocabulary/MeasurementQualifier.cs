using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Agreements;

/// <summary>How sure a figure is; the clusters often report "minimum" or "estimat".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeasurementQualifier>))]
public enum MeasurementQualifier
{
    Measured,
    Estimated,
    Minimum,
}
