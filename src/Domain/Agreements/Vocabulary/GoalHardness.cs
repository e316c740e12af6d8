using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Agreements;

/// <summary>Hard goals are measurable (counts, money); soft goals are qualitative (seed 000).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GoalHardness>))]
public enum GoalHardness
{
    Hard,
    Soft,
}
