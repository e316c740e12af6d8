using AgreementTracker.Commands;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.EventStore;

namespace AgreementTracker.TestSupport;

/// <summary>Appends demo streams one command at a time, with each command's actor, reason and original time, the way they were recorded (the server's own loader is a faster bulk path).</summary>
public static class DemoImport
{
    public static async Task AppendAsync(StreamStore store, IEnumerable<DemoStream> streams)
    {
        foreach (var stream in streams)
        {
            var version = 0;
            foreach (var group in Commands(stream.Events))
            {
                var session = store.OpenSession(new EventMetadata
                {
                    Actor = group[0].Actor.Identity,
                    Reason = group[0].Reason,
                    RecordedAt = group[0].Timestamp,
                    CorrelationId = $"demo-{stream.Id:N}-{version}",
                });
                if (version == 0)
                    session.StartStream(stream.Id, stream.Kind == StreamKind.Agreement ? AgreementEventStore.AgreementStream : AgreementEventStore.OrganisationStream, group.Select(e => e.Data));
                else
                    session.Append(stream.Id, version, group.Select(e => e.Data));
                await session.SaveChangesAsync();
                version += group.Count;
            }
        }
    }

    /// <summary>Consecutive events by the same actor at the same moment for the same reason: one command's events.</summary>
    private static IEnumerable<List<DemoEvent>> Commands(IReadOnlyList<DemoEvent> events)
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
}
