using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.Domain.Tests.Support;
using OrganisationDecider = AgreementTracker.Domain.Organisations.Organisation;
using static AgreementTracker.Domain.Tests.Support.TestOrganisations;

namespace AgreementTracker.Domain.Tests.Organisations;

public class OrganisationTests
{
    private static readonly OrganisationId Id = OrganisationId.From(Guid.Parse("0a000000-0000-0000-0000-000000000001"));
    private static readonly OrganisationRegistered Registered = new(Id, "Danish Food Cluster", OrganisationKind.NationalCluster, "12345678");

    [Fact]
    public void Registering_a_cluster_records_its_name_kind_and_cvr() =>
        Given.Organisation()
            .When(new RegisterOrganisation(Id, " Danish Food Cluster ", OrganisationKind.NationalCluster, "12345678"))
            .Then(Registered);

    [Fact]
    public void Registering_twice_is_refused() =>
        Given.Organisation(Registered)
            .When(new RegisterOrganisation(Id, "Danish Food Cluster", OrganisationKind.NationalCluster, null))
            .ThenRefused("organisation_already_registered");

    [Fact]
    public void Registering_without_a_name_is_refused() =>
        Given.Organisation()
            .When(new RegisterOrganisation(Id, " ", OrganisationKind.Municipality, null))
            .ThenRefused("name_required");

    [Theory]
    [InlineData("1234567")]
    [InlineData("1234567A")]
    public void A_cvr_number_must_be_eight_digits(string cvr)
    {
        var error = Given.Organisation()
            .When(new RegisterOrganisation(Id, "Green Hub Denmark", OrganisationKind.NationalCluster, cvr))
            .ThenRefused("invalid_cvr_number");
        Assert.Contains("Green Hub Denmark", error.Message);
        Assert.Equal("cvrNumber", error.Field);
    }

    [Fact]
    public void Renaming_keeps_the_previous_name_in_the_event() =>
        Given.Organisation(Registered)
            .When(new RenameOrganisation(Id, "Food & Bio Cluster Denmark"))
            .Then(new OrganisationRenamed("Danish Food Cluster", "Food & Bio Cluster Denmark"));

    [Fact]
    public void Renaming_to_the_same_name_is_refused() =>
        Given.Organisation(Registered).When(new RenameOrganisation(Id, "Danish Food Cluster")).ThenRefused("name_unchanged");

    [Fact]
    public void Renaming_to_nothing_is_refused() =>
        Given.Organisation(Registered).When(new RenameOrganisation(Id, "")).ThenRefused("name_required");

    [Fact]
    public void Renaming_an_unregistered_organisation_is_refused() =>
        Given.Organisation().When(new RenameOrganisation(Id, "X")).ThenRefused("organisation_not_found");

    [Fact]
    public void Merging_into_a_registered_cluster_records_the_date() =>
        Given.Organisation(Registered)
            .When(new MergeOrganisation(Id, EnergyCluster, new DateOnly(2020, 1, 1)))
            .Then(new OrganisationMerged(EnergyCluster, new DateOnly(2020, 1, 1)));

    [Fact]
    public void Merging_into_itself_is_refused() =>
        Given.Organisation(Registered).When(new MergeOrganisation(Id, Id, new DateOnly(2020, 1, 1))).ThenRefused("merge_into_itself");

    [Fact]
    public void Merging_into_an_unregistered_organisation_is_refused() =>
        Given.Organisation(Registered)
            .When(new MergeOrganisation(Id, Unregistered, new DateOnly(2020, 1, 1)))
            .ThenRefused("organisation_not_found");

    [Fact]
    public void A_merged_organisation_can_no_longer_be_renamed()
    {
        var error = Given.Organisation(Registered, new OrganisationMerged(EnergyCluster, new DateOnly(2020, 1, 1)))
            .When(new RenameOrganisation(Id, "Ny klynge"))
            .ThenRefused("organisation_merged");
        Assert.Equal("Danish Food Cluster blev lagt sammen med Energy Cluster Denmark 01-01-2020 og kan ikke længere ændres.", error.Message);
    }

    [Fact]
    public void The_state_keeps_former_names_and_the_merge()
    {
        var state = OrganisationDecider.Fold(null, [
            Registered,
            new OrganisationRenamed("Danish Food Cluster", "Food & Bio Cluster Denmark"),
            new OrganisationMerged(EnergyCluster, new DateOnly(2021, 1, 1)),
        ])!;

        Assert.Equal("Food & Bio Cluster Denmark", state.Name);
        Assert.Equal(["Danish Food Cluster"], state.FormerNames);
        Assert.Equal(EnergyCluster, state.MergedInto);
    }
}
