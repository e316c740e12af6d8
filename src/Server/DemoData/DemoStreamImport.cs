using System.Security.Cryptography;
using System.Text;
using AgreementTracker.Commands;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.EventStore;
using Npgsql;

namespace AgreementTracker.Server.DemoData;

/// <summary>
/// Writes one demo stream command by command, each with the actor, reason and original time the generator gave it,
/// after the events the database already holds of it. Each command's append carries a command id derived from the
/// stream and version, so a second loader writing the same stream at the same time is answered as a repeat.
/// </summary>
internal sealed class DemoStreamImport(StreamStore store, LoadProgress progress)
{
    public async Task ImportAsync(DemoStream stream, CancellationToken ct)
    {
        var stored = await StoredVersionAsync(stream.Id, ct);
        var version = 0;
        foreach (var command in Commands(stream.Events))
        {
            if (version + command.Count <= stored)
            {
                progress.AlreadyThere(command.Count);
                version += command.Count;
                continue;
            }
            if (version < stored)
                throw new InvalidOperationException(
                    $"Stream {stream.Id} holds {stored} events, which is not where one of the demo data's commands ends: the database holds other data than this demo data set.");

            var session = store.OpenSession(new EventMetadata
            {
                Actor = command[0].Actor.Identity,
                Reason = command[0].Reason,
                RecordedAt = command[0].Timestamp,
                CommandId = CommandIdFor(stream.Id, version),
            });
            var events = command.Select(e => e.Data);
            if (version == 0)
                session.StartStream(stream.Id, StreamTypeOf(stream.Kind), events);
            else
                session.Append(stream.Id, version, events);
            var result = await session.SaveChangesAsync(ct);
            if (result.IsDuplicate)
                progress.AlreadyThere(command.Count);
            else
                progress.Written(command.Count);
            version += command.Count;
        }
        progress.StreamDone(stream.Kind == StreamKind.Agreement);
    }

    /// <summary>How many events of the stream the database holds already (0 for a stream it does not have).</summary>
    private async Task<long> StoredVersionAsync(Guid streamId, CancellationToken ct)
    {
        await using var command = store.DataSource.CreateCommand("SELECT version FROM eventstore.streams WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        return await command.ExecuteScalarAsync(ct) is long version ? version : 0;
    }

    private static string StreamTypeOf(StreamKind kind) => kind switch
    {
        StreamKind.Organisation => AgreementEventStore.OrganisationStream,
        StreamKind.Agreement => AgreementEventStore.AgreementStream,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of demo stream."),
    };

    /// <summary>Consecutive events by the same actor at the same moment for the same reason: one command's events.</summary>
    private static IEnumerable<List<DemoEvent>> Commands(IReadOnlyList<DemoEvent> events)
    {
        var command = new List<DemoEvent>();
        foreach (var e in events)
        {
            if (command.Count > 0 && (command[0].Actor != e.Actor || command[0].Timestamp != e.Timestamp || command[0].Reason != e.Reason))
            {
                yield return command;
                command = [];
            }
            command.Add(e);
        }
        if (command.Count > 0)
            yield return command;
    }

    private static Guid CommandIdFor(Guid streamId, int version) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"demo-data:{streamId:N}:{version}")).AsSpan(0, 16));
}
