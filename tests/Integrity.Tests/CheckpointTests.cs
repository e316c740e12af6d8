using System.Text.Json;
using AgreementTracker.Integrity.Export;
using AgreementTracker.Integrity.Log;
using AgreementTracker.TestSupport;

namespace AgreementTracker.Integrity.Tests;

/// <summary>Signed heads of the log: kept, checkable with the published key alone, and provably extended by later ones.</summary>
public sealed class CheckpointTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    private readonly string _keyFolder = Path.Combine(Path.GetTempPath(), $"agreementtracker-keys-{Guid.NewGuid():N}");

    [Fact]
    public async Task A_kept_checkpoint_verifies_with_the_published_key_and_not_when_anything_in_it_changes()
    {
        await using var history = await MartenHistory.StartAsync(database);
        await history.AppendSomeStreamsAsync();
        await history.LogUntilAsync(30);
        using var key = SigningKey.LoadOrCreate(KeyPath());

        var signed = await TransparencyLog.SignCheckpointAsync(history.DataSource, key, history.Clock);
        var kept = Assert.Single(await TransparencyLog.ReadCheckpointsAsync(history.DataSource));

        Assert.Equal(30, kept.Size);
        Assert.Equal(signed.Root, kept.Root);
        Assert.Equal(signed.SignedAt, kept.SignedAt);
        Assert.Equal(signed.Signature, kept.Signature);
        var published = await PublishedKeyAsync(history, kept.KeyId);
        Assert.True(kept.IsSignedBy(published));
        Assert.False((kept with { Size = 29 }).IsSignedBy(published));
        Assert.False((kept with { Root = new byte[32] }).IsSignedBy(published));
        Assert.False((kept with { SignedAt = kept.SignedAt.AddSeconds(-1) }).IsSignedBy(published));
        using var other = SigningKey.LoadOrCreate(KeyPath("other.pem"));
        Assert.False(kept.IsSignedBy(other.PublicKey));
    }

    [Fact]
    public async Task A_later_checkpoint_is_proved_to_extend_an_earlier_one()
    {
        await using var history = await MartenHistory.StartAsync(database);
        using var key = SigningKey.LoadOrCreate(KeyPath());
        var (earlier, later) = await TwoCheckpointsAsync(history, key);

        var proof = (await TransparencyLog.ReadTreeAsync(history.DataSource)).ConsistencyProof(earlier.Size, later.Size);

        Assert.Equal((30L, 60L), (earlier.Size, later.Size));
        Assert.True(MerkleProof.VerifyConsistency(earlier.Size, later.Size, earlier.Root, later.Root, proof));
        Assert.False(MerkleProof.VerifyConsistency(earlier.Size, later.Size, later.Root, earlier.Root, proof));
    }

    [Fact]
    public async Task Consistency_evidence_holds_for_the_real_past_and_names_a_rewritten_one()
    {
        await using var history = await MartenHistory.StartAsync(database);
        using var key = SigningKey.LoadOrCreate(KeyPath());
        var (earlier, later) = await TwoCheckpointsAsync(history, key);
        var tree = await TransparencyLog.ReadTreeAsync(history.DataSource);
        var rewritten = key.Sign(earlier.Size, tree.RootOf(earlier.Size - 1), earlier.SignedAt);
        using var stranger = SigningKey.LoadOrCreate(KeyPath("stranger.pem"));

        string? Problem(Checkpoint first, byte[] trusted) =>
            ConsistencyEvidence.Problem(JsonSerializer.Serialize(ConsistencyEvidence.Of(first, later, tree, key.PublicKey)), trusted);

        Assert.Null(Problem(earlier, key.PublicKey));
        Assert.Equal("the log of 60 entries does not extend the log of 30: its past was changed", Problem(rewritten, key.PublicKey));
        Assert.Equal("the evidence names a different public key than the one you trust", Problem(earlier, stranger.PublicKey));
    }

    [Fact]
    public void The_key_is_created_once_readable_by_its_owner_only_and_used_again()
    {
        var path = KeyPath();

        using var created = SigningKey.LoadOrCreate(path);
        using var loaded = SigningKey.LoadOrCreate(path);

        Assert.Equal(created.Id, loaded.Id);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    public void Dispose()
    {
        if (Directory.Exists(_keyFolder))
            Directory.Delete(_keyFolder, recursive: true);
    }

    /// <summary>A checkpoint over 30 events, and an hour and 30 events later another.</summary>
    private static async Task<(Checkpoint Earlier, Checkpoint Later)> TwoCheckpointsAsync(MartenHistory history, SigningKey key)
    {
        await history.AppendSomeStreamsAsync();
        await history.LogUntilAsync(30);
        var earlier = await TransparencyLog.SignCheckpointAsync(history.DataSource, key, history.Clock);
        history.Clock.Advance(TimeSpan.FromHours(1));
        await history.AppendSomeStreamsAsync();
        await history.LogUntilAsync(60);
        return (earlier, await TransparencyLog.SignCheckpointAsync(history.DataSource, key, history.Clock));
    }

    private string KeyPath(string name = "checkpoint-signing-key.pem") => Path.Combine(_keyFolder, name);

    private static async Task<byte[]> PublishedKeyAsync(MartenHistory history, string keyId)
    {
        await using var command = history.DataSource.CreateCommand("SELECT public_key FROM integrity.signing_keys WHERE key_id = $1");
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = keyId });
        return (byte[])(await command.ExecuteScalarAsync())!;
    }
}
