using System.Security.Cryptography;
using System.Text;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.EventStore;
using AgreementTracker.Server.EventSourcing;
using AgreementTracker.Commands;

namespace AgreementTracker.Server.DemoData;

/// <summary>
/// Imports the demo data set through the event store's ordinary write path, each event with the actor,
/// reason and original time the generator gave it, so time travel over the demo shows its history.
/// Loading again writes nothing: every append carries a command id derived from the stream and version.
/// </summary>
public static class DemoDataLoader
{
    public sealed record Loaded(int Streams, int EventsWritten, int EventsAlreadyThere);

    public static async Task<Loaded> LoadAsync(StreamStore store, IEnumerable<DemoStream> streams, ILogger logger, CancellationToken ct)
    {
        var (streamCount, written, skipped) = (0, 0, 0);
        foreach (var stream in streams)
        {
            var version = 0;
            foreach (var group in SameMoment(stream.Events))
            {
                var session = store.OpenSession(new EventMetadata
                {
                    Actor = group[0].Actor.Identity,
                    Reason = group[0].Reason,
                    RecordedAt = group[0].Timestamp,
                    CommandId = CommandIdFor(stream.Id, version),
                });
                var events = group.Select(e => e.Data);
                if (version == 0)
                    session.StartStream(stream.Id, StreamTypeOf(stream.Kind), events);
                else
                    session.Append(stream.Id, version, events);
                var result = await session.SaveChangesAsync(ct);
                (written, skipped) = result.IsDuplicate ? (written, skipped + group.Count) : (written + group.Count, skipped);
                version += group.Count;
            }
            if (++streamCount % 100 == 0)
                logger.LogInformation("Demo data: {Streams} streams, {Events} events so far", streamCount, written + skipped);
        }
        return new Loaded(streamCount, written, skipped);
    }

    private static string StreamTypeOf(StreamKind kind) => kind switch
    {
        StreamKind.Organisation => AgreementEventStore.OrganisationStream,
        StreamKind.Agreement => AgreementEventStore.AgreementStream,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of demo stream."),
    };

    /// <summary>Consecutive events by the same actor at the same moment for the same reason: one command's events.</summary>
    private static IEnumerable<List<DemoEvent>> SameMoment(IReadOnlyList<DemoEvent> events)
    {
        var group = new List<DemoEvent>();
        foreach (var e in events)
        {
            if (group.Count > 0 && (group[0].Actor != e.Actor || group[0].Timestamp != e.Timestamp || group[0].Reason != e.Reason))
            {
                yield return group;
                group = [];
            }
            group.Add(e);
        }
        if (group.Count > 0)
            yield return group;
    }

    private static Guid CommandIdFor(Guid streamId, int version) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"demo-data:{streamId:N}:{version}")).AsSpan(0, 16));
}
