using AgreementTracker.Server.DemoData;
using AgreementTracker.Server.Hosting;
using Microsoft.Extensions.Configuration;

namespace AgreementTracker.Server.Tests.DemoData;

public sealed class DemoDataSetTests
{
    private static DemoDataSet? Asked(params (string Key, string Value)[] settings) =>
        DemoDataServices.DataSetAsked(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build());

    [Fact]
    public void Nothing_is_loaded_unless_asked()
    {
        Assert.Null(Asked());
        Assert.Null(Asked(("Demo:Load", "false")));
    }

    [Fact]
    public void Demo_asks_for_North_Jutland_and_a_number_of_agreements_for_a_generated_set()
    {
        Assert.Equal(DemoDataSet.NorthJutland().AgreementCount, Asked(("Demo:Load", "true"))!.AgreementCount);
        Assert.Equal(2000, Asked(("Demo:Load", "true"), ("Demo:Agreements", "2000"))!.AgreementCount);
        Assert.Equal(0, Asked(("Demo:Agreements", "0"))!.AgreementCount);
    }

    [Theory]
    [InlineData("many")]
    [InlineData("-5")]
    [InlineData("2.5")]
    public void A_number_of_agreements_that_is_not_a_count_is_refused_with_the_setting_named(string value)
    {
        var error = Assert.Throws<ServerStartException>(() => Asked(("Demo:Agreements", value)));

        Assert.Contains("Demo:Agreements", error.Message);
        Assert.Contains(value, error.Message);
    }
}
