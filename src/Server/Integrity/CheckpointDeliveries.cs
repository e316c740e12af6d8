using Npgsql;

namespace AgreementTracker.Server.Integrity;

/// <summary>
/// Sends checkpoints to <c>Integrity:CheckpointUrl</c> for as long as the server runs: at once when this node signs
/// one, else every minute of the clock (for checkpoints other nodes signed), and after a failure again with a backoff
/// that doubles up to ten minutes. Nothing is lost meanwhile: what is not acknowledged stays pending in the database.
/// </summary>
public sealed class CheckpointDeliveries(
    CheckpointUrl url, CheckpointsSigned signed, IntegritySettings settings, TimeProvider clock, ILogger<CheckpointDeliveries> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.CheckpointUrl is null)
            return;
        var backoff = FirstBackoff;
        while (!stoppingToken.IsCancellationRequested)
        {
            bool failed;
            try
            {
                (var delivered, failed) = await url.SendPendingAsync(stoppingToken);
                if (delivered > 0)
                    logger.LogInformation("{Count} checkpoint(s) delivered to {Url}", delivered, settings.CheckpointUrl);
            }
            catch (NpgsqlException e)
            {
                logger.LogWarning(e, "Reading the checkpoints to deliver failed");
                failed = true;
            }
            if (failed)
                logger.LogWarning("{Url} did not acknowledge a checkpoint; it stays pending and is sent again in {Backoff}", settings.CheckpointUrl, backoff);
            await signed.WaitAsync(failed ? backoff : Poll, clock, stoppingToken);
            backoff = failed ? TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, LongestBackoff.Ticks)) : FirstBackoff;
        }
    }
}
