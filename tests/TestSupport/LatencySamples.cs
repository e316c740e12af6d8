namespace AgreementTracker.TestSupport;

/// <summary>Every answered request's latency, sorted once; percentiles are exact (nearest rank), not estimated.</summary>
public sealed class LatencySamples
{
    private readonly double[] _sortedMilliseconds;

    public LatencySamples(IEnumerable<double> milliseconds)
    {
        _sortedMilliseconds = milliseconds.ToArray();
        Array.Sort(_sortedMilliseconds);
    }

    public int Count => _sortedMilliseconds.Length;

    public double Max => Count == 0 ? double.NaN : _sortedMilliseconds[^1];

    /// <summary>The smallest sample that at least <paramref name="fraction"/> of all samples are at or below.</summary>
    public double Percentile(double fraction)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1);
        if (Count == 0)
            return double.NaN;
        var rank = (int)Math.Ceiling(fraction * Count);
        return _sortedMilliseconds[Math.Max(rank, 1) - 1];
    }
}
