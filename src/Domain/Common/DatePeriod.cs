using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Common;

/// <summary>An inclusive span of calendar days, e.g. an agreement's period 01-01-2022 to 31-12-2025.</summary>
public readonly record struct DatePeriod(DateOnly Start, DateOnly End)
{
    [JsonIgnore]
    public bool IsValid => End >= Start;

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public bool ContainsYear(int year) => Start.Year <= year && year <= End.Year;
}
