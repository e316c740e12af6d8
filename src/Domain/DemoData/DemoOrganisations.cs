using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;

namespace AgreementTracker.Domain.DemoData;

/// <summary>
/// The North Jutland actors and the national clusters, with ids, CVR numbers and a contact person each drawn from
/// the seed. Includes the 2020 cluster consolidation: two clusters renamed and two absorbed.
/// </summary>
internal sealed class DemoOrganisations
{
    private static readonly DateTimeOffset Registered = new(2020, 9, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Consolidation = new(2020, 1, 1);

    private readonly Dictionary<string, Entry> byName = [];
    private readonly Dictionary<OrganisationId, string> names = [];

    public DemoOrganisations(Random random)
    {
        foreach (var (name, kind, domain) in Catalogue)
        {
            var contact = DanishTexts.Person(random, domain);
            var organisation = new Entry(OrganisationId.From(DemoIds.Next(random)), name, kind, random.Next(10_000_000, 99_999_999).ToString(), contact);
            byName[name] = organisation;
            names[organisation.Id] = organisation.FinalName;
        }

        Secretariat = byName["Business Region North Denmark"].Contact;
    }

    /// <summary>The BRN staff member who keeps the registry and logs most meetings.</summary>
    public DemoActor Secretariat { get; }

    /// <summary>Organisations of a kind that agreements may name: those not merged into another.</summary>
    public IEnumerable<string> OfKind(OrganisationKind kind) => byName.Values.Where(o => o.Kind == kind && o.MergedInto is null).Select(o => o.FinalName);

    public string? NameOf(OrganisationId id) => names.GetValueOrDefault(id);

    public OrganisationId Id(string name) => Find(name).Id;

    /// <summary>Each organisation under its name today, with its CVR number and contact person.</summary>
    public IEnumerable<DemoOrganisation> Registry() => byName.Values.Select(o => new DemoOrganisation(o.FinalName, o.Cvr, o.Contact));

    public DemoActor Contact(string name) => Find(name).Contact;

    public IEnumerable<DemoStream> Streams()
    {
        foreach (var organisation in byName.Values)
        {
            var recorder = new StreamRecorder<OrganisationState, IOrganisationCommand>(
                Organisation.Decide, Organisation.Evolve, NameOf);
            var registeredAt = organisation.FormerName is null && organisation.MergedInto is null ? Registered : Registered.AddYears(-4);
            recorder.Issue(
                new RegisterOrganisation(organisation.Id, organisation.FormerName ?? organisation.FinalName, organisation.Kind, organisation.Cvr),
                Secretariat,
                registeredAt);
            if (organisation.FormerName is not null)
            {
                recorder.Issue(
                    new RenameOrganisation(organisation.Id, organisation.FinalName), Secretariat, At(Consolidation), "Klyngekonsolidering 2020: nyt navn");
            }

            if (organisation.MergedInto is { } into)
            {
                recorder.Issue(
                    new MergeOrganisation(organisation.Id, Id(into), Consolidation), Secretariat, At(Consolidation), $"Klyngekonsolidering 2020: indgår i {into}");
            }

            yield return new DemoStream(organisation.Id.Value, StreamKind.Organisation, recorder.Events);
        }
    }

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    private Entry Find(string name) =>
        byName.TryGetValue(name, out var organisation) ? organisation : byName.Values.Single(o => o.FinalName == name);

    private static readonly (string Name, OrganisationKind Kind, string Domain)[] Catalogue =
    [
        ("Business Region North Denmark", OrganisationKind.BusinessRegion, "brn.dk"),
        ("Aalborg Kommune", OrganisationKind.Municipality, "aalborg.dk"),
        ("Brønderslev Kommune", OrganisationKind.Municipality, "bronderslev.dk"),
        ("Frederikshavn Kommune", OrganisationKind.Municipality, "frederikshavn.dk"),
        ("Hjørring Kommune", OrganisationKind.Municipality, "hjoerring.dk"),
        ("Jammerbugt Kommune", OrganisationKind.Municipality, "jammerbugt.dk"),
        ("Læsø Kommune", OrganisationKind.Municipality, "laesoe.dk"),
        ("Mariagerfjord Kommune", OrganisationKind.Municipality, "mariagerfjord.dk"),
        ("Morsø Kommune", OrganisationKind.Municipality, "morsoe.dk"),
        ("Rebild Kommune", OrganisationKind.Municipality, "rebild.dk"),
        ("Thisted Kommune", OrganisationKind.Municipality, "thisted.dk"),
        ("Vesthimmerlands Kommune", OrganisationKind.Municipality, "vesthimmerland.dk"),
        ("Region Nordjylland", OrganisationKind.Region, "rn.dk"),
        ("Erhvervshus Nordjylland", OrganisationKind.BusinessHub, "ehnj.dk"),
        ("Aalborg Universitet", OrganisationKind.KnowledgeInstitution, "aau.dk"),
        ("UCN", OrganisationKind.KnowledgeInstitution, "ucn.dk"),
        ("Energy Innovation Cluster", OrganisationKind.NationalCluster, "energycluster.dk"),
        ("House of Energy", OrganisationKind.NationalCluster, "houseofenergy.dk"),
        ("Danish Food Cluster", OrganisationKind.NationalCluster, "foodbiocluster.dk"),
        ("INBIOM", OrganisationKind.NationalCluster, "inbiom.dk"),
        ("Danish Life Science Cluster", OrganisationKind.NationalCluster, "danishlifesciencecluster.dk"),
        ("Digital Lead", OrganisationKind.NationalCluster, "digitallead.dk"),
        ("CLEAN", OrganisationKind.NationalCluster, "cleancluster.dk"),
        ("MADE", OrganisationKind.NationalCluster, "made.dk"),
        ("Lifestyle & Design Cluster", OrganisationKind.NationalCluster, "ldcluster.com"),
        ("Danish Maritime Cluster", OrganisationKind.NationalCluster, "maritimecluster.dk"),
        ("Odense Robotics", OrganisationKind.NationalCluster, "odenserobotics.dk"),
        ("Danish Sound Cluster", OrganisationKind.NationalCluster, "danishsound.org"),
        ("BLOXHUB", OrganisationKind.NationalCluster, "bloxhub.org"),
        ("Copenhagen FinTech", OrganisationKind.NationalCluster, "copenhagenfintech.dk"),
        ("Green Hub Denmark", OrganisationKind.Other, "greenhubdenmark.dk"),
        ("Hydrogen Valley", OrganisationKind.Other, "hydrogenvalley.dk"),
    ];

    private static readonly Dictionary<string, string> Renamed = new()
    {
        ["Energy Innovation Cluster"] = "Energy Cluster Denmark",
        ["Danish Food Cluster"] = "Food & Bio Cluster Denmark",
    };

    private static readonly Dictionary<string, string> Absorbed = new()
    {
        ["House of Energy"] = "Energy Cluster Denmark",
        ["INBIOM"] = "Food & Bio Cluster Denmark",
    };

    private sealed record Entry(OrganisationId Id, string RegisteredName, OrganisationKind Kind, string Cvr, DemoActor Contact)
    {
        public string? FormerName => Renamed.ContainsKey(RegisteredName) ? RegisteredName : null;

        public string FinalName => Renamed.GetValueOrDefault(RegisteredName, RegisteredName);

        public string? MergedInto => Absorbed.GetValueOrDefault(RegisteredName);
    }
}
