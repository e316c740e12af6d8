using AgreementTracker.Domain.Formatting;

namespace AgreementTracker.Domain.Tests.Common;

public class DanishFormatTests
{
    [Theory]
    [InlineData("1234567", "1.234.567 kr.")]
    [InlineData("50000", "50.000 kr.")]
    [InlineData("0", "0 kr.")]
    [InlineData("999", "999 kr.")]
    [InlineData("1234.5", "1.234,50 kr.")]
    [InlineData("-2500", "-2.500 kr.")]
    public void Kroner(string amount, string expected) => Assert.Equal(expected, DanishFormat.Kroner(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1740", "1.740")]
    [InlineData("12.5", "12,5")]
    [InlineData("12.345", "12,35")]
    [InlineData("4324.00", "4.324")]
    public void Numbers(string value, string expected) => Assert.Equal(expected, DanishFormat.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Percent() => Assert.Equal("87,5 %", DanishFormat.Percent(0.875m));

    [Fact]
    public void Dates_are_day_month_year_with_dashes() => Assert.Equal("05-03-2024", DanishFormat.Date(new DateOnly(2024, 3, 5)));
}
