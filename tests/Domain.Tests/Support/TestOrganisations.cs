using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Tests.Support;

/// <summary>The organisations the scenarios use, with fixed ids, and the name lookup a command context needs.</summary>
internal static class TestOrganisations
{
    public static readonly OrganisationId Brn = Id(1);
    public static readonly OrganisationId Aalborg = Id(2);
    public static readonly OrganisationId Hjoerring = Id(3);
    public static readonly OrganisationId EnergyCluster = Id(4);
    public static readonly OrganisationId Erhvervshuset = Id(5);
    public static readonly OrganisationId Unregistered = Id(99);

    private static readonly Dictionary<OrganisationId, string> Names = new()
    {
        [Brn] = "Business Region North Denmark",
        [Aalborg] = "Aalborg Kommune",
        [Hjoerring] = "Hjørring Kommune",
        [EnergyCluster] = "Energy Cluster Denmark",
        [Erhvervshuset] = "Erhvervshus Nordjylland",
    };

    public static string? NameOf(OrganisationId id) => Names.GetValueOrDefault(id);

    public static CommandContext On(DateOnly today) => new(new DateTimeOffset(today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero), NameOf);

    private static OrganisationId Id(int n) => OrganisationId.From(new Guid(n, 0, 0, new byte[8]));
}
