using System.Globalization;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Formatting;
using FsCheck;
using FsCheck.Fluent;

namespace AgreementTracker.Domain.Tests.Properties;

public class ValueProperties
{
    private static Gen<ReportingPeriod> Periods =>
        from frequency in Gen.Elements(Enum.GetValues<ReportingFrequency>())
        from year in Gen.Choose(2000, 2100)
        from number in Gen.Choose(1, frequency switch
        {
            ReportingFrequency.Yearly => 1,
            ReportingFrequency.HalfYearly => 2,
            ReportingFrequency.Quarterly => 4,
            _ => 12,
        })
        select ReportingPeriod.Of(year, frequency, number);

    [Fact]
    public void A_period_reads_back_from_its_text_and_tiles_the_calendar() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Periods.ToArbitrary(), period =>
            ReportingPeriod.Parse(period.ToString()) == period
            && ReportingPeriod.Containing(period.End, period.Frequency) == period
            && period.Next().Start == period.End.AddDays(1)));

    [Fact]
    public void Danish_kroner_read_back_as_the_amount() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Gen.Choose(-1_000_000, 1_000_000).Two().ToArbitrary(), pair =>
        {
            var amount = pair.Item1 * 1000m + pair.Item2 / 100m;
            var text = DanishFormat.Kroner(amount);
            var digits = text[..^" kr.".Length].Replace(".", "").Replace(',', '.');
            return text.EndsWith(" kr.") && decimal.Parse(digits, CultureInfo.InvariantCulture) == amount;
        }));
}
