namespace AgreementTracker.Server.Integrity;

/// <summary>Tells whoever waits on this node that a checkpoint was just signed, so it need not wait for its next poll.</summary>
public sealed class CheckpointsSigned
{
    private readonly SemaphoreSlim _signed = new(0);

    public void Notify() => _signed.Release();

    /// <summary>Waits until a checkpoint is signed or <paramref name="longest"/> has passed on the clock.</summary>
    public async Task WaitAsync(TimeSpan longest, TimeProvider clock, CancellationToken ct)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var signed = _signed.WaitAsync(either.Token);
        await Task.WhenAny(signed, Task.Delay(longest, clock, either.Token));
        await either.CancelAsync();
        ct.ThrowIfCancellationRequested();
    }
}
