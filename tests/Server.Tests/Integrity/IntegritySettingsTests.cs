using AgreementTracker.Server.Hosting;
using AgreementTracker.Server.Integrity;
using Microsoft.Extensions.Configuration;

namespace AgreementTracker.Server.Tests.Integrity;

public sealed class IntegritySettingsTests
{
    [Theory]
    [InlineData("01:00:00", 1.0 / 24)]
    [InlineData("30.00:00:00", 30)]
    public void How_often_the_log_is_signed_is_read_as_a_time_span(string setting, double days) =>
        Assert.Equal(Math.Round(TimeSpan.FromDays(days).TotalSeconds), IntegritySettings.From(With(setting)).SignEvery.TotalSeconds);

    [Theory]
    [InlineData("0")]
    [InlineData("-01:00:00")]
    [InlineData("3650.00:00:00")]
    [InlineData("every hour")]
    public void A_signing_interval_that_is_not_positive_or_longer_than_30_days_stops_the_start_with_a_reason(string setting)
    {
        var refusal = Assert.Throws<ServerStartException>(() => IntegritySettings.From(With(setting)));
        Assert.Contains("at most 30 days", refusal.Message);
    }

    private static IConfiguration With(string signEvery) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [IntegritySettings.SignEveryKey] = signEvery }).Build();
}
