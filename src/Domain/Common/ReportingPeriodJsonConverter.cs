using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Common;

/// <summary>Stores a reporting period as the text users write ("2024-Q3").</summary>
public sealed class ReportingPeriodJsonConverter : JsonConverter<ReportingPeriod>
{
    public override ReportingPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReportingPeriod.TryParse(reader.GetString(), out var period, out var error) ? period : throw new JsonException(error);

    public override void Write(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
