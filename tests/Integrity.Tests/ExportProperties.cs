using AgreementTracker.Integrity.Export;
using AgreementTracker.Integrity.Log;
using AgreementTracker.TestSupport;
using FsCheck;
using FsCheck.Fluent;

namespace AgreementTracker.Integrity.Tests;

/// <summary>
/// Properties of the log and the export on real PostgreSQL with Marten appending: any sequence of appends and
/// checkpoints gives proofs and exports that verify, and no single byte of an export can change unnoticed.
/// </summary>
public sealed class ExportProperties(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("agreementtracker-properties-").FullName;

    [Fact]
    public async Task Any_sequence_of_appends_and_checkpoints_yields_inclusion_and_consistency_proofs_and_exports_that_verify()
    {
        await using var history = await MartenHistory.StartAsync(database);
        using var key = SigningKey.LoadOrCreate(Path.Combine(_folder, "key.pem"));
        long appended = 0;
        // A step appends 1 to 4 events in one transaction to one of three streams, then signs a checkpoint when the coin says so.
        var step =
            from stream in Gen.Choose(0, 2)
            from events in Gen.Choose(1, 4)
            from checkpoint in Gen.Elements(true, false)
            select (Stream: stream, Events: events, Checkpoint: checkpoint);
        var steps = step.NonEmptyListOf().Select(l => l.Take(8).ToArray());

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(12), Prop.ForAll(steps.ToArbitrary(), run =>
        {
            var streams = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
            var checkpoints = new List<Checkpoint>();
            foreach (var (stream, events, checkpoint) in run)
            {
                AppendAsync(history, streams[stream], events).GetAwaiter().GetResult();
                appended += events;
                if (checkpoint)
                    checkpoints.Add(SignAsync(history, key, appended).GetAwaiter().GetResult());
            }
            var last = SignAsync(history, key, appended).GetAwaiter().GetResult();
            checkpoints.Add(last);
            var tree = TransparencyLog.ReadTreeAsync(history.DataSource).GetAwaiter().GetResult();
            var leaves = LeavesAsync(history).GetAwaiter().GetResult();
            var exported = streams.Where(s => run.Any(step => streams[step.Stream] == s)).ToList();
            var report = ExportVerifier.Verify(new MemoryStream(ExportAsync(history, exported, last, key).GetAwaiter().GetResult()), key.PublicKey);
            return checkpoints.All(c =>
                    c.IsSignedBy(key.PublicKey)
                    && tree.RootOf(c.Size).AsSpan().SequenceEqual(c.Root)
                    && Enumerable.Range(0, (int)c.Size).All(i => MerkleProof.VerifyInclusion(i, c.Size, leaves[i], tree.InclusionProof(i, c.Size), c.Root))
                    && MerkleProof.VerifyConsistency(c.Size, last.Size, c.Root, last.Root, tree.ConsistencyProof(c.Size, last.Size)))
                && tree.Size == appended
                && report == new ExportReport(run.Sum(step => step.Events), exported.Count, null);
        }));
    }

    [Fact]
    public async Task Flipping_any_single_byte_of_an_export_is_detected()
    {
        await using var history = await MartenHistory.StartAsync(database);
        using var key = SigningKey.LoadOrCreate(Path.Combine(_folder, "key.pem"));
        var streams = await history.AppendSomeStreamsAsync();
        var checkpoint = await SignAsync(history, key, 30);
        var export = await ExportAsync(history, streams, checkpoint, key);
        Assert.True(ExportVerifier.Verify(new MemoryStream(export), key.PublicKey).IsValid);
        var flips = Gen.Choose(0, export.Length - 1).Zip(Gen.Choose(1, 255));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3_000), Prop.ForAll(flips.ToArbitrary(), flip =>
        {
            var (at, mask) = flip;
            var flipped = export.ToArray();
            flipped[at] ^= (byte)mask;
            return !ExportVerifier.Verify(new MemoryStream(flipped), key.PublicKey).IsValid;
        }));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The leaf hash of every log entry, in log order, read from the table.</summary>
    private static async Task<List<byte[]>> LeavesAsync(MartenHistory history)
    {
        await using var command = history.DataSource.CreateCommand("SELECT entry FROM integrity.log_entries ORDER BY position");
        await using var reader = await command.ExecuteReaderAsync();
        var leaves = new List<byte[]>();
        while (await reader.ReadAsync())
            leaves.Add(MerkleProof.LeafHash(reader.GetFieldValue<byte[]>(0)));
        return leaves;
    }

    private static async Task AppendAsync(MartenHistory history, Guid stream, int events)
    {
        await using var session = history.Store.LightweightSession();
        session.LastModifiedBy = "property@brn.dk";
        session.Events.Append(stream, Enumerable.Range(0, events).Select(i => (object)new Counted(i, "egenskab")).ToArray());
        await session.SaveChangesAsync();
    }

    private static async Task<Checkpoint> SignAsync(MartenHistory history, SigningKey key, long events)
    {
        await history.LogUntilAsync(events);
        history.Clock.Advance(TimeSpan.FromMinutes(1)); // a checkpoint is kept by size and time: two of one log need two times
        return await TransparencyLog.SignCheckpointAsync(history.DataSource, key, history.Clock);
    }

    private static async Task<byte[]> ExportAsync(MartenHistory history, IReadOnlyCollection<Guid> streams, Checkpoint checkpoint, SigningKey key)
    {
        using var output = new MemoryStream();
        await HistoryExport.WriteAsync(history.DataSource, MartenHistory.Schema, streams, "egenskab", checkpoint, key, output);
        return output.ToArray();
    }
}
