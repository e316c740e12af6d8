using AgreementTracker.Domain.Agreements;
using JasperFx.Events;
using Marten;

namespace AgreementTracker.Api.TimeTravel;

/// <summary>An agreement replayed from its events up to a moment: never from the read models, which only know now.</summary>
public sealed record AgreementAtMoment(AgreementState State, long Version, IReadOnlyList<IEvent> Events);

public static class AgreementHistory
{
    /// <summary>
    /// The agreement as it stood at <paramref name="moment"/>, or null if it had not been drafted yet (or does not exist):
    /// Marten's time travel by timestamp, folded by the domain's own <see cref="Agreement.Evolve"/> as every aggregation is.
    /// </summary>
    public static async Task<AgreementAtMoment?> AtAsync(IQuerySession session, Guid agreementId, DateTimeOffset moment, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(agreementId, timestamp: moment, token: ct);
        if (events.Count == 0 || events[0].Data is not IAgreementEvent)
            return null;
        return new AgreementAtMoment(Agreement.Fold(null, events.Select(e => e.Data))!, events[^1].Version, events);
    }

    /// <summary>The last moment of a calendar day in the clock's time zone: "as of 31-12-2024" includes all of that day.</summary>
    public static DateTimeOffset EndOf(DateOnly date, TimeProvider clock)
    {
        var midnight = date.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var offset = clock.LocalTimeZone.GetUtcOffset(midnight);
        return new DateTimeOffset(midnight, offset).AddTicks(-TimeSpan.TicksPerMicrosecond);
    }
}
