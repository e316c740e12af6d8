using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace AgreementTracker.TestSupport;

/// <summary>
/// Where every test's clock starts: 09:00 UTC on the day the run starts, or the moment in
/// <c>AGREEMENTTRACKER_TEST_NOW</c> (e.g. <c>2031-01-01T09:00:00Z</c>), so the whole suite can be run on another date.
/// A test that needs a particular moment moves its clock on from here and builds its dates relative to <see cref="Today"/>:
/// "today" in a test is never the day the test happened to be written.
/// </summary>
public static class TestClock
{
    public const string Variable = "AGREEMENTTRACKER_TEST_NOW";

    public static DateTimeOffset Origin { get; } = ReadOrigin();

    public static DateOnly Today => DateOnly.FromDateTime(Origin.UtcDateTime);

    /// <summary>A fresh clock at <see cref="Origin"/>; it moves only when the test moves it.</summary>
    public static FakeTimeProvider Start() => new(Origin);

    private static DateTimeOffset ReadOrigin()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(configured))
            return new DateTimeOffset(DateTime.UtcNow.Date.AddHours(9), TimeSpan.Zero);
        if (DateTimeOffset.TryParse(configured, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var origin))
            return origin;
        throw new InvalidOperationException($"{Variable} must be a moment such as 2031-01-01T09:00:00Z, not '{configured}'.");
    }
}
