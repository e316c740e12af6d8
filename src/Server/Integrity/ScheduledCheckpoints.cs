using System.Security.Cryptography;
using Npgsql;

namespace AgreementTracker.Server.Integrity;

/// <summary>
/// Signs the log on the schedule (<see cref="CheckpointSchedule"/>) for as long as the server runs, waiting on the
/// injected clock, and logs one line per checkpoint. Every node may run it.
/// </summary>
public sealed class ScheduledCheckpoints(CheckpointSchedule schedule, TimeProvider clock, ILogger<ScheduledCheckpoints> logger) : BackgroundService
{
    private static readonly TimeSpan Retry = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = await FirstWaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(wait, clock, stoppingToken);
            try
            {
                (var signed, wait) = await schedule.RunAsync(stoppingToken);
                if (signed is not null)
                    Log(signed);
            }
            catch (Exception e) when (e is NpgsqlException or IOException or UnauthorizedAccessException or CryptographicException)
            {
                logger.LogWarning(e, "Signing a checkpoint failed; it is tried again in a minute");
                wait = Retry;
            }
        }
    }

    private async Task<TimeSpan> FirstWaitAsync(CancellationToken ct)
    {
        try
        {
            return await schedule.UntilDueAsync(ct);
        }
        catch (NpgsqlException e)
        {
            logger.LogWarning(e, "Reading the last checkpoint failed; the first round is tried in a minute");
            return Retry;
        }
    }

    private void Log(SignedCheckpoint signed)
    {
        var c = signed.Checkpoint;
        if (signed.File is { } file)
            logger.LogInformation("Checkpoint signed: log of {Size:N0} events, root {Root}, key {KeyId}; written to {File}",
                c.Size, Convert.ToBase64String(c.Root), c.KeyId, file);
        else
            logger.LogInformation("Checkpoint signed: log of {Size:N0} events, root {Root}, key {KeyId}", c.Size, Convert.ToBase64String(c.Root), c.KeyId);
    }
}
