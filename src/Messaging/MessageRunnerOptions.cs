namespace AgreementTracker.Messaging;

public sealed record MessageRunnerOptions
{
    /// <summary>Names this node in <c>handled_by</c>, for operators following a message.</summary>
    public string NodeName { get; init; } = Environment.MachineName;

    public int BatchSize { get; init; } = 50;

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>After this many failed attempts a message is set aside (dead) instead of retried.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The wait before the first retry; it doubles with each further attempt, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(10);

    internal TimeSpan RetryDelay(int attempt) =>
        TimeSpan.FromTicks(Math.Min(MaxRetryDelay.Ticks, FirstRetryDelay.Ticks * (1L << Math.Min(attempt - 1, 30))));
}
