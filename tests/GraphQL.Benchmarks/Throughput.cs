namespace AgreementTracker.GraphQL.Benchmarks;

/// <summary>
/// How many operations completed in how much wall-clock time, how much processor time the process
/// spent on them (null where the process also runs other work), and the bytes allocated per operation
/// (null where another runtime measured). Operations per processor-second stay comparable when other
/// programs share the machine; operations per second do not.
/// </summary>
internal readonly record struct Throughput(long Operations, TimeSpan Elapsed, TimeSpan? ProcessorTime = null, long? BytesPerOperation = null)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;

    public double? PerProcessorSecond => ProcessorTime is { } cpu ? Operations / cpu.TotalSeconds : null;
}
