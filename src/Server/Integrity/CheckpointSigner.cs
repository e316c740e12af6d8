using AgreementTracker.Integrity.Export;
using AgreementTracker.Integrity.Log;
using Npgsql;

namespace AgreementTracker.Server.Integrity;

/// <summary>A checkpoint just signed: as kept in the database, as published, and the folder file it went to, if any.</summary>
public sealed record SignedCheckpoint(Checkpoint Checkpoint, PublishedCheckpoint Published, string? File);

/// <summary>
/// Extends the log, signs its head with the server's key at the clock's now, keeps the checkpoint in the database and,
/// when <c>Integrity:CheckpointFolder</c> is set, writes it there too; it tells <see cref="CheckpointsSigned"/>, so the
/// delivery to <c>Integrity:CheckpointUrl</c> starts at once. The key file is read (or created) at the first
/// signature, so a server that never signs never touches it.
/// </summary>
public sealed class CheckpointSigner(NpgsqlDataSource dataSource, IntegritySettings settings, TimeProvider clock, CheckpointsSigned? signed = null) : IDisposable
{
    private readonly Lazy<SigningKey> _key = new(() => ServerSigningKey.Load(settings.SigningKeyFile));

    public IntegritySettings Settings => settings;

    public SigningKey Key => _key.Value;

    public async Task<SignedCheckpoint> SignAsync(CancellationToken ct)
    {
        var checkpoint = await TransparencyLog.SignCheckpointAsync(dataSource, Key, clock, ct);
        var published = PublishedCheckpoint.Of(checkpoint, Key.PublicKey);
        var file = settings.CheckpointFolder is { } folder ? await CheckpointFolder.WriteAsync(folder, published, ct) : null;
        signed?.Notify();
        return new SignedCheckpoint(checkpoint, published, file);
    }

    /// <summary>
    /// A checkpoint of the whole log as it stands: the largest kept one if the log has not grown past it and it is
    /// this key's, else a new one. Exports ask for this, so many downloads of an unchanged log sign nothing new.
    /// </summary>
    public async Task<Checkpoint> CurrentAsync(CancellationToken ct)
    {
        var size = await TransparencyLog.ExtendAsync(dataSource, ct);
        return await TransparencyLog.ReadLargestCheckpointAsync(dataSource, ct) is { } largest && largest.Size == size && largest.KeyId == Key.Id
            ? largest
            : (await SignAsync(ct)).Checkpoint;
    }

    public void Dispose()
    {
        if (_key.IsValueCreated)
            _key.Value.Dispose();
    }
}
