using System.Reflection;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Formatting;

namespace AgreementTracker.Domain.Tests.Common;

public class DanishLabelsTests
{
    [Fact]
    public void Every_value_of_every_labelled_choice_has_its_own_label()
    {
        var overloads = typeof(DanishLabels).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == nameof(DanishLabels.Of) && m.GetParameters()[0].ParameterType.IsEnum);

        foreach (var overload in overloads)
        {
            var type = overload.GetParameters()[0].ParameterType;
            var labels = Enum.GetValues(type).Cast<object>().Select(v => (string)overload.Invoke(null, [v])!).ToList();
            Assert.All(labels, label => Assert.False(string.IsNullOrWhiteSpace(label)));
            Assert.Equal(labels.Count, labels.Distinct().Count());
        }
    }

    [Theory]
    [InlineData("2024", "2024")]
    [InlineData("2024-H1", "1. halvår 2024")]
    [InlineData("2024-Q3", "3. kvartal 2024")]
    [InlineData("2024-03", "marts 2024")]
    public void Reporting_periods_read_as_danish(string period, string expected) =>
        Assert.Equal(expected, DanishLabels.Of(ReportingPeriod.Parse(period)));
}
