namespace AgreementTracker.EventStore;

public sealed class DaemonOptions
{
    /// <summary>Names this node in projection status (who runs each projection).</summary>
    public string NodeId { get; set; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Most events applied in one transaction.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>How long a caught-up projection waits before looking for new events.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often a standby node tries to take over a projection another node runs.</summary>
    public TimeSpan StandbyRetryInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Pause after a lost connection or another unexpected failure before trying again.</summary>
    public TimeSpan ErrorBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts at one event before it goes to the dead-letter table.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Interval between heartbeats written to the projection progress table.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(1);
}
