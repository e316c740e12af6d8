namespace AgreementTracker.GraphQL.Benchmarks;

/// <summary>How many operations completed in how much time.</summary>
internal readonly record struct Throughput(long Operations, TimeSpan Elapsed)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;
}
