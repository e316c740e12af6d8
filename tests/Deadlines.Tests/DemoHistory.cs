using AgreementTracker.Commands;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.EventStore;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>The North Jutland demo data written event by event, each with the time it was originally recorded.</summary>
public static class DemoHistory
{
    public static async Task ImportAsync(StreamStore store)
    {
        foreach (var stream in DemoDataGenerator.NorthJutland())
        {
            var type = stream.Kind == StreamKind.Organisation ? AgreementEventStore.OrganisationStream : AgreementEventStore.AgreementStream;
            for (var version = 0; version < stream.Events.Count; version++)
            {
                var e = stream.Events[version];
                var session = store.OpenSession(new EventMetadata { Actor = e.Actor.Identity, Reason = e.Reason, RecordedAt = e.Timestamp });
                if (version == 0)
                    session.StartStream(stream.Id, type, e.Data);
                else
                    session.Append(stream.Id, version, e.Data);
                await session.SaveChangesAsync();
            }
        }
    }
}
