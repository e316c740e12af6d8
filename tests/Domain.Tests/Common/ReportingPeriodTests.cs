using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Tests.Common;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData("2024", ReportingFrequency.Yearly, "2024-01-01", "2024-12-31")]
    [InlineData("2024-H2", ReportingFrequency.HalfYearly, "2024-07-01", "2024-12-31")]
    [InlineData("2024-q3", ReportingFrequency.Quarterly, "2024-07-01", "2024-09-30")]
    [InlineData("2024-02", ReportingFrequency.Monthly, "2024-02-01", "2024-02-29")]
    public void Parses_each_shape_with_its_dates(string text, ReportingFrequency frequency, string start, string end)
    {
        var period = ReportingPeriod.Parse(text);
        Assert.Equal(frequency, period.Frequency);
        Assert.Equal(DateOnly.Parse(start), period.Start);
        Assert.Equal(DateOnly.Parse(end), period.End);
        Assert.Equal(text.ToUpperInvariant(), period.ToString());
    }

    [Theory]
    [InlineData("", "is not a reporting period")]
    [InlineData("24-Q1", "is not a reporting period")]
    [InlineData("2024-H3", "use H1 or H2")]
    [InlineData("2024-Q5", "use Q1 to Q4")]
    [InlineData("2024-13", "use 01 to 12")]
    [InlineData("2024-ABC", "after the year write")]
    [InlineData("2024-Q1-1", "is not a reporting period")]
    public void Refuses_malformed_periods_with_a_hint(string text, string hint)
    {
        Assert.False(ReportingPeriod.TryParse(text, out _, out var error));
        Assert.Contains(hint, error);
    }

    [Fact]
    public void Next_rolls_over_the_year()
    {
        Assert.Equal("2025-Q1", ReportingPeriod.Parse("2024-Q4").Next().ToString());
        Assert.Equal("2024-12", ReportingPeriod.Parse("2024-11").Next().ToString());
        Assert.Equal("2025", ReportingPeriod.Parse("2024").Next().ToString());
    }

    [Fact]
    public void Containing_finds_the_period_of_a_date() =>
        Assert.Equal("2024-H2", ReportingPeriod.Containing(new DateOnly(2024, 8, 15), ReportingFrequency.HalfYearly).ToString());

    [Fact]
    public void Ended_between_lists_the_periods_that_are_over() =>
        Assert.Equal(
            ["2024-Q1", "2024-Q2", "2024-Q3"],
            ReportingPeriod.EndedBetween(new DateOnly(2024, 2, 10), new DateOnly(2024, 12, 30), ReportingFrequency.Quarterly).Select(p => p.ToString()));

    [Fact]
    public void Of_refuses_a_number_the_year_does_not_have() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Of(2024, ReportingFrequency.Quarterly, 5));

    [Fact]
    public void Serialises_as_the_text_users_write()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(ReportingPeriod.Parse("2024-Q3"));
        Assert.Equal("\"2024-Q3\"", json);
        Assert.Equal(ReportingPeriod.Parse("2024-Q3"), System.Text.Json.JsonSerializer.Deserialize<ReportingPeriod>(json));
    }
}
