using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Agreements;

[JsonConverter(typeof(JsonStringEnumConverter<GoalHorizon>))]
public enum GoalHorizon
{
    ShortTerm,
    LongTerm,
}
