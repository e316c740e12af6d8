using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Common;

/// <summary>
/// A period a KPI is reported for: a year ("2024"), a half ("2024-H1"), a quarter ("2024-Q3") or a month ("2024-03").
/// </summary>
[JsonConverter(typeof(ReportingPeriodJsonConverter))]
public readonly record struct ReportingPeriod : IComparable<ReportingPeriod>
{
    private ReportingPeriod(int year, ReportingFrequency frequency, int number)
    {
        Year = year;
        Frequency = frequency;
        Number = number;
    }

    public int Year { get; }

    public ReportingFrequency Frequency { get; }

    /// <summary>Which half, quarter or month of the year (1 for a whole year).</summary>
    public int Number { get; }

    private int MonthsLong => Frequency switch
    {
        ReportingFrequency.Yearly => 12,
        ReportingFrequency.HalfYearly => 6,
        ReportingFrequency.Quarterly => 3,
        _ => 1,
    };

    private int PeriodsPerYear => 12 / MonthsLong;

    public DateOnly Start => new(Year, (Number - 1) * MonthsLong + 1, 1);

    public DateOnly End => Start.AddMonths(MonthsLong).AddDays(-1);

    public static ReportingPeriod Of(int year, ReportingFrequency frequency, int number)
    {
        var period = new ReportingPeriod(year, frequency, 1);
        if (year is < 1900 or > 2999 || number < 1 || number > period.PeriodsPerYear)
        {
            throw new ArgumentOutOfRangeException(nameof(number), $"There is no {frequency} period {number} in {year}.");
        }

        return new ReportingPeriod(year, frequency, number);
    }

    /// <summary>The period of the given frequency that contains <paramref name="date"/>.</summary>
    public static ReportingPeriod Containing(DateOnly date, ReportingFrequency frequency)
    {
        var monthsLong = new ReportingPeriod(date.Year, frequency, 1).MonthsLong;
        return new ReportingPeriod(date.Year, frequency, (date.Month - 1) / monthsLong + 1);
    }

    public ReportingPeriod Next() =>
        Number == PeriodsPerYear ? new ReportingPeriod(Year + 1, Frequency, 1) : new ReportingPeriod(Year, Frequency, Number + 1);

    /// <summary>Every period of <paramref name="frequency"/> that has ended on or before <paramref name="asOf"/>,
    /// starting with the one containing <paramref name="from"/>.</summary>
    public static IEnumerable<ReportingPeriod> EndedBetween(DateOnly from, DateOnly asOf, ReportingFrequency frequency)
    {
        for (var period = Containing(from, frequency); period.End <= asOf; period = period.Next())
        {
            yield return period;
        }
    }

    public static ReportingPeriod Parse(string text) =>
        TryParse(text, out var period, out var error) ? period : throw new FormatException(error);

    public static bool TryParse(string? text, out ReportingPeriod period, [NotNullWhen(false)] out string? error)
    {
        period = default;
        error = null;
        var trimmed = text?.Trim() ?? "";
        var parts = trimmed.Split('-');
        if (parts.Length is < 1 or > 2 || !TryParseYear(parts[0], out var year))
        {
            error = $"'{trimmed}' is not a reporting period; write a year (2024), a half (2024-H1), a quarter (2024-Q3) or a month (2024-03).";
            return false;
        }

        if (parts.Length == 1)
        {
            period = new ReportingPeriod(year, ReportingFrequency.Yearly, 1);
            return true;
        }

        var part = parts[1].ToUpperInvariant();
        var (frequency, digits) = part switch
        {
            ['H', .. var rest] => (ReportingFrequency.HalfYearly, rest),
            ['Q', .. var rest] => (ReportingFrequency.Quarterly, rest),
            [_, _] => (ReportingFrequency.Monthly, part),
            _ => (ReportingFrequency.Yearly, ""),
        };
        var limit = new ReportingPeriod(year, frequency, 1).PeriodsPerYear;
        if (frequency == ReportingFrequency.Yearly
            || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number < 1 || number > limit)
        {
            error = frequency switch
            {
                ReportingFrequency.HalfYearly => $"'{trimmed}' is not a half year; use H1 or H2.",
                ReportingFrequency.Quarterly => $"'{trimmed}' is not a quarter; use Q1 to Q4.",
                ReportingFrequency.Monthly => $"'{trimmed}' is not a month; use 01 to 12.",
                _ => $"'{trimmed}' is not a reporting period; after the year write H1-H2, Q1-Q4 or a month 01-12.",
            };
            return false;
        }

        period = new ReportingPeriod(year, frequency, number);
        return true;
    }

    private static bool TryParseYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && text.Length == 4 && year >= 1900;

    public int CompareTo(ReportingPeriod other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    public override string ToString() => Frequency switch
    {
        ReportingFrequency.Yearly => Year.ToString("0000", CultureInfo.InvariantCulture),
        ReportingFrequency.HalfYearly => $"{Year:0000}-H{Number}",
        ReportingFrequency.Quarterly => $"{Year:0000}-Q{Number}",
        _ => $"{Year:0000}-{Number:00}",
    };
}
