using AgreementTracker.Api.Schema;

namespace AgreementTracker.Api.Tests.Schema;

/// <summary>The labels the web front end shows are the domain's, keyed by the names the wire uses.</summary>
public sealed class EnumLabelsTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Labels = EnumLabels.Of(FollowUpSchema.Build());

    [Fact]
    public void Each_value_of_an_enum_bound_to_the_domain_has_the_domains_Danish_word()
    {
        Assert.Equal("I kraft", Labels["AgreementStatus"]["IN_FORCE"]);
        Assert.Equal("Kommune", Labels["OrganisationKind"]["MUNICIPALITY"]);
        Assert.Equal("I risiko", Labels["KpiStatus"]["AT_RISK"]);
    }

    [Fact]
    public void A_notifications_kind_has_the_deadlines_Danish_words() =>
        Assert.Equal("Aftalen udløber snart", Labels["NotificationKind"]["AGREEMENT_ENDING"]);

    [Fact]
    public void Every_bound_enum_is_labelled_whole_and_enums_of_the_contract_alone_are_left_out()
    {
        var schema = FollowUpSchema.Build();
        foreach (var (name, values) in Labels)
            Assert.Equal(((GraphQL.Types.EnumType)schema.Types.Single(t => t.Name == name)).Values.Select(v => v.Name).Order(), values.Keys.Order());
        Assert.DoesNotContain("UserRole", Labels.Keys);
    }
}
