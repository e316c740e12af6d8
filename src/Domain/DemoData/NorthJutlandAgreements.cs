using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using static AgreementTracker.Domain.Agreements.TargetGroup;
using static AgreementTracker.Domain.Common.ReportingFrequency;

namespace AgreementTracker.Domain.DemoData;

/// <summary>
/// The hand-written dataset: the kinds of agreement seed 002 describes between BRN, the municipalities,
/// Erhvervshuset, the universities and the clusters, each with a history a user would recognise.
/// </summary>
internal static class NorthJutlandAgreements
{
    private const string Brn = "Business Region North Denmark";
    private const string EnergyCluster = "Energy Cluster Denmark";
    private const string LifeScience = "Danish Life Science Cluster";
    private const string Erhvervshuset = "Erhvervshus Nordjylland";

    private static DatePeriod Period(int fromYear, int fromMonth, int toYear, int toMonth) =>
        new(new DateOnly(fromYear, fromMonth, 1), new DateOnly(toYear, toMonth, DateTime.DaysInMonth(toYear, toMonth)));

    public static readonly IReadOnlyList<AgreementSpec> All =
    [
        new(
            "Rammeaftale om klyngesamarbejde: energi og grøn omstilling",
            AgreementKind.FrameworkAgreement,
            "Forpligtende samarbejde mellem BRN og Energy Cluster Denmark med faste koordinationsmøder og strategiske aktiviteter i årlige handleplaner",
            Period(2022, 1, 2025, 12),
            "Energi og grøn omstilling",
            [InnovationActiveSmes, SmeLargeCompanyCollaboration],
            "Nordjylland (11 kommuner)",
            [new(Brn, PartyRole.Coordinator), new(EnergyCluster, PartyRole.Partner)],
            MeetingsPerYear: 2,
            [
                new("DELTAGENDE_VIRKSOMHEDER", 40, 200, Yearly, EnergyCluster, "Nordjylland", 1.05m),
                new("UNIKKE_VIRKSOMHEDER", 20, 120, Yearly, EnergyCluster, "Nordjylland", 0.9m),
            ],
            [],
            ActionPlans: true,
            [
                new Amendment(new DateOnly(2024, 3, 1), Brn, "Brint og Power-to-X bliver en del af aftalens styrkeposition",
                    new AmendedTerms(StrengthArea: "Energi, brint og Power-to-X"), "Aftalt på koordinationsmødet i efteråret 2023"),
                new Extension(new DateOnly(2025, 9, 15), new DateOnly(2027, 12, 31), "Forlænget efter positiv midtvejsevaluering"),
            ]),
        new(
            "Projektsamarbejde: grøn omstilling i nordjyske SMV'er",
            AgreementKind.ProjectAgreement,
            "Flere små og mellemstore virksomheder i Aalborg og Hjørring kommuner i konkrete grønne samarbejdsprojekter",
            Period(2023, 1, 2026, 12),
            "Energi og grøn omstilling",
            [InnovationActiveSmes, SmesNotYetInnovating],
            "Aalborg og Hjørring kommuner",
            [new(Brn, PartyRole.Coordinator), new("Aalborg Kommune", PartyRole.CoFinancier), new("Hjørring Kommune", PartyRole.CoFinancier), new(EnergyCluster, PartyRole.Partner)],
            MeetingsPerYear: 4,
            [
                new("UNIKKE_VIRKSOMHEDER", 0, 150, Quarterly, EnergyCluster, "Aalborg og Hjørring kommuner", 1.0m),
                new("DELTAGENDE_UNDER_50", 0, 90, HalfYearly, EnergyCluster, "Aalborg og Hjørring kommuner", 0.8m),
                new("SAMARBEJDSPROJEKTER", 0, 25, Yearly, EnergyCluster, "Aalborg og Hjørring kommuner", 1.1m),
                new("FOERSTE_VIDENSAMARBEJDE", 0, 15, Yearly, EnergyCluster, "Aalborg og Hjørring kommuner", 0.6m),
                new("TILFREDSHED", 70, 85, Yearly, Brn, "Aalborg og Hjørring kommuner", 1.0m),
            ],
            [
                new("Aalborg Kommune", 250_000m, ContributionForm.Cash, "Medfinansiering af projektaktiviteter i Aalborg Kommune"),
                new("Hjørring Kommune", 150_000m, ContributionForm.Cash, "Medfinansiering af projektaktiviteter i Hjørring Kommune"),
                new(EnergyCluster, 300_000m, ContributionForm.InKind, "Konsulenttimer til virksomhedsforløb"),
            ],
            ActionPlans: false,
            [
                new Correction(0, "2024-Q2", 9, "Efteranmeldte deltagere fra workshop i Hjørring"),
                new TargetRevision(2, new DateOnly(2025, 2, 1), 35, "Målet hæves efter stor interesse i 2024"),
                new OverduePayment("Hjørring Kommune", 2026),
            ]),
        new(
            "Kontorfællesskab: Digital Lead i Erhvervshus Nordjylland",
            AgreementKind.CoLocationAgreement,
            "En medarbejder fra Digital Lead sidder i Erhvervshuset; gensidig orientering og ét samlet tilbud til virksomhederne",
            Period(2022, 8, 2025, 7),
            "Digitalisering",
            [SmesNotYetInnovating, Entrepreneurs],
            "Nordjylland",
            [new(Erhvervshuset, PartyRole.Host), new("Digital Lead", PartyRole.Partner)],
            MeetingsPerYear: 1,
            [new("MATCHMAKING", 0, 60, Yearly, "Digital Lead", "Nordjylland", 1.0m)],
            [new("Digital Lead", 60_000m, ContributionForm.Cash, "Husleje for kontorplads i Erhvervshuset")],
            ActionPlans: false,
            [new Extension(new DateOnly(2025, 5, 1), new DateOnly(2027, 7, 31), "Kontorfællesskabet fortsætter to år mere")]),
        new(
            "Delt medarbejder: klyngekonsulent for life science ved Aalborg Universitet",
            AgreementKind.SharedEmployeeAgreement,
            "En klyngemedarbejder placeres på Aalborg Universitet og finansieres halvt af klyngen og halvt af AAU",
            Period(2023, 9, 2026, 8),
            "Life science og velfærdsteknologi",
            [InnovationActiveSmes, Entrepreneurs],
            "Nordjylland",
            [new(LifeScience, PartyRole.Coordinator), new("Aalborg Universitet", PartyRole.Host)],
            MeetingsPerYear: 4,
            [
                new("FOERSTE_VIDENSAMARBEJDE", 0, 30, HalfYearly, LifeScience, "Nordjylland", 1.0m),
                new("ANSOEGNINGER_STOETTET", 0, 12, Yearly, LifeScience, "Nordjylland", 1.0m),
            ],
            [
                new(LifeScience, 325_000m, ContributionForm.Cash, "Halvdelen af lønnen til klyngekonsulenten"),
                new("Aalborg Universitet", 325_000m, ContributionForm.InKind, "Halvdelen af lønnen samt arbejdsplads på AAU"),
            ],
            ActionPlans: false,
            []),
        new(
            "Økonomisk partnerskab: Frederikshavn Kommune og MADE",
            AgreementKind.EconomicPartnership,
            "Frederikshavn Kommune er økonomisk partner i MADE for at styrke produktionsvirksomhedernes adgang til klyngens aktiviteter",
            Period(2021, 1, 2023, 12),
            "Produktion og robotteknologi",
            [InnovationActiveSmes, SmeLargeCompanyCollaboration],
            "Frederikshavn Kommune",
            [new("Frederikshavn Kommune", PartyRole.CoFinancier), new("MADE", PartyRole.Partner)],
            MeetingsPerYear: 2,
            [new("DELTAGENDE_VIRKSOMHEDER", 5, 40, Yearly, "MADE", "Frederikshavn Kommune", 0.85m)],
            [new("Frederikshavn Kommune", 200_000m, ContributionForm.Cash, "Partnerbidrag")],
            ActionPlans: false,
            [new NotRenewed("Kommunen har valgt ikke at forny partnerskabet efter 2023")]),
        new(
            "Strategisk aktivitetsaftale: life science i Nordjylland",
            AgreementKind.StrategicActivityAgreement,
            "Strategiske aktiviteter for life science, gennemført i konkrete handleplaner der fastlægges årligt og evalueres løbende",
            Period(2022, 1, 2025, 12),
            "Life science og velfærdsteknologi",
            [InnovationActiveSmes, SmeLargeCompanyCollaboration, Entrepreneurs],
            "Nordjylland",
            [new(Brn, PartyRole.Coordinator), new("Region Nordjylland", PartyRole.CoFinancier), new(LifeScience, PartyRole.Partner), new("Aalborg Universitet", PartyRole.Partner)],
            MeetingsPerYear: 2,
            [
                new("DELTAGENDE_VIRKSOMHEDER", 10, 80, Yearly, LifeScience, "Nordjylland", 1.0m),
                new("INTERNATIONALE", 0, 20, Yearly, LifeScience, "Nordjylland", 0.75m),
            ],
            [new("Region Nordjylland", 400_000m, ContributionForm.Cash, "Regional medfinansiering af life science-indsatsen")],
            ActionPlans: true,
            []),
        new(
            "Projektsamarbejde: brint og Power-to-X i Mariagerfjord",
            AgreementKind.ProjectAgreement,
            "Virksomheder i Mariagerfjord og resten af Nordjylland i konkrete brintprojekter med Hydrogen Valley",
            Period(2024, 1, 2027, 12),
            "Energi, brint og Power-to-X",
            [SmeLargeCompanyCollaboration, InnovationActiveSmes],
            "Mariagerfjord Kommune",
            [new("Mariagerfjord Kommune", PartyRole.Coordinator), new("Hydrogen Valley", PartyRole.Partner), new(Brn, PartyRole.CoFinancier), new(EnergyCluster, PartyRole.Partner)],
            MeetingsPerYear: 4,
            [
                new("ANSOEGNINGER_STOETTET", 0, 16, HalfYearly, "Hydrogen Valley", "Mariagerfjord Kommune", 1.0m),
                new("ANSOEGNINGER_FINANSIERET", 0, 6, Yearly, "Hydrogen Valley", "Mariagerfjord Kommune", 0.7m),
                new("SAMARBEJDSPROJEKTER", 0, 40, Quarterly, "Hydrogen Valley", "Nordjylland", 1.0m),
            ],
            [
                new("Mariagerfjord Kommune", 300_000m, ContributionForm.Cash, "Brintprojekter i Hobro-området"),
                new(Brn, 150_000m, ContributionForm.Cash, "Fælles nordjysk brintindsats"),
            ],
            ActionPlans: false,
            [new CancelledCommitment(Brn, 2026, "BRN's budget for 2026 er omprioriteret til den fælles brintstrategi")]),
        new(
            "Grøn erhvervsfremme i Vesthimmerland",
            AgreementKind.ProjectAgreement,
            "Green Hub Denmark hjælper virksomheder i Vesthimmerland i gang med grøn omstilling",
            Period(2022, 7, 2025, 6),
            "Energi og grøn omstilling",
            [SmesNotYetInnovating],
            "Vesthimmerlands Kommune",
            [new("Vesthimmerlands Kommune", PartyRole.CoFinancier), new("Green Hub Denmark", PartyRole.Partner)],
            MeetingsPerYear: 2,
            [new("UNIKKE_VIRKSOMHEDER", 0, 60, Quarterly, "Green Hub Denmark", "Vesthimmerlands Kommune", 0.5m)],
            [new("Vesthimmerlands Kommune", 100_000m, ContributionForm.Cash, "Rådgivningsforløb for lokale virksomheder")],
            ActionPlans: false,
            [new Termination("Vesthimmerlands Kommune", new DateOnly(2024, 7, 1), "Kommunen omprioriterer erhvervsindsatsen efter budgetforliget")]),
        new(
            "Fødevareinnovation i Thy og på Mors",
            AgreementKind.ProjectAgreement,
            "Fødevarevirksomheder i Thisted og Morsø kommuner i matchmaking og udvikling af nye produkter",
            Period(2023, 4, 2026, 3),
            "Fødevarer og bioressourcer",
            [SmesNotYetInnovating, InnovationActiveSmes],
            "Thisted og Morsø kommuner",
            [new("Thisted Kommune", PartyRole.Coordinator), new("Morsø Kommune", PartyRole.CoFinancier), new("Food & Bio Cluster Denmark", PartyRole.Partner)],
            MeetingsPerYear: 2,
            [
                new("MATCHMAKING", 0, 45, HalfYearly, "Food & Bio Cluster Denmark", "Thisted og Morsø kommuner", 1.0m),
                new("NYE_PRODUKTER", 0, 10, Yearly, "Food & Bio Cluster Denmark", "Thisted og Morsø kommuner", 1.1m),
                new("OMSAETNING", 120, 150, Yearly, "Food & Bio Cluster Denmark", "Thisted og Morsø kommuner", 0.9m),
            ],
            [
                new("Thisted Kommune", 175_000m, ContributionForm.Cash, "Matchmaking-forløb for fødevarevirksomheder"),
                new("Morsø Kommune", 75_000m, ContributionForm.Cash, "Matchmaking-forløb for fødevarevirksomheder"),
            ],
            ActionPlans: false,
            []),
        new(
            "Maritim erhvervsudvikling i Frederikshavn og på Læsø",
            AgreementKind.ProjectAgreement,
            "Maritime virksomheder i internationale aktiviteter og fælles projekter",
            Period(2024, 1, 2026, 12),
            "Maritime erhverv",
            [InnovationActiveSmes, SmeLargeCompanyCollaboration],
            "Frederikshavn og Læsø kommuner",
            [new("Frederikshavn Kommune", PartyRole.Coordinator), new("Læsø Kommune", PartyRole.Partner), new("Danish Maritime Cluster", PartyRole.Partner)],
            MeetingsPerYear: 2,
            [
                new("DELTAGENDE_VIRKSOMHEDER", 0, 50, Quarterly, "Danish Maritime Cluster", "Frederikshavn og Læsø kommuner", 1.0m),
                new("INTERNATIONALE", 0, 12, Yearly, "Danish Maritime Cluster", "Frederikshavn og Læsø kommuner", 0.9m),
            ],
            [
                new("Frederikshavn Kommune", 120_000m, ContributionForm.Cash, "Maritime netværksaktiviteter"),
                new("Læsø Kommune", 25_000m, ContributionForm.Cash, "Maritime netværksaktiviteter"),
            ],
            ActionPlans: false,
            [
                new Amendment(new DateOnly(2025, 4, 2), "Læsø Kommune", "Hjørring Kommune inddrages i aftalens geografi",
                    new AmendedTerms(GeographicScope: "Frederikshavn, Læsø og Hjørring kommuner"), "Ønske fra de maritime virksomheder i Hirtshals",
                    RejectedBy: "Danish Maritime Cluster"),
            ]),
        new(
            "Digital omstilling i Brønderslev og Jammerbugt",
            AgreementKind.ProjectAgreement,
            "Flere virksomheder i gang med digitalisering gennem forløb med Digital Lead og UCN",
            Period(2024, 3, 2027, 2),
            "Digitalisering",
            [SmesNotYetInnovating, Entrepreneurs],
            "Brønderslev og Jammerbugt kommuner",
            [new("Brønderslev Kommune", PartyRole.Coordinator), new("Jammerbugt Kommune", PartyRole.CoFinancier), new("Digital Lead", PartyRole.Partner), new("UCN", PartyRole.Partner)],
            MeetingsPerYear: 4,
            [
                new("DELTAGENDE_VIRKSOMHEDER", 0, 120, Monthly, "Digital Lead", "Brønderslev og Jammerbugt kommuner", 0.95m),
                new("SVARTID", 20, 5, Quarterly, "Brønderslev Kommune", "Brønderslev Kommune", 1.0m, KpiDirection.Decrease),
                new("DELTAGERE", 0, 400, Quarterly, "Digital Lead", "Brønderslev og Jammerbugt kommuner", 0.9m),
            ],
            [
                new("Brønderslev Kommune", 90_000m, ContributionForm.Cash, "Digitaliseringsforløb"),
                new("Jammerbugt Kommune", 90_000m, ContributionForm.Cash, "Digitaliseringsforløb"),
            ],
            ActionPlans: false,
            [new MissingReport(2, "2025-Q2")]),
        new(
            "Gensidig orientering: Erhvervshus Nordjylland og klyngerne",
            AgreementKind.FrameworkAgreement,
            "Årlig optælling af virksomhedsdeltagelse i Erhvervshusets rådgivning og klyngernes innovationsaktiviteter, og ét samlet tilbud til virksomhederne",
            Period(2023, 1, 2026, 12),
            "Tværgående erhvervsfremme",
            [InnovationActiveSmes, SmesNotYetInnovating, Entrepreneurs],
            "Nordjylland",
            [new(Erhvervshuset, PartyRole.Coordinator), new("CLEAN", PartyRole.Partner), new("Lifestyle & Design Cluster", PartyRole.Partner), new("MADE", PartyRole.Partner)],
            MeetingsPerYear: 2,
            [new("DELTAGENDE_VIRKSOMHEDER", 0, 150, Yearly, Erhvervshuset, "Nordjylland", 1.0m)],
            [],
            ActionPlans: false,
            [new LeftDuringDrafting("Danish Sound Cluster", "Klyngen har ikke aktiviteter i Nordjylland i perioden")]),
        new(
            "Udkast: design og livsstil i Rebild",
            AgreementKind.ProjectAgreement,
            "Designvirksomheder i Rebild Kommune i forløb med Lifestyle & Design Cluster",
            Period(2027, 1, 2028, 12),
            "Design og livsstil",
            [Entrepreneurs, SmesNotYetInnovating],
            "Rebild Kommune",
            [new("Rebild Kommune", PartyRole.Coordinator), new("Lifestyle & Design Cluster", PartyRole.Partner)],
            MeetingsPerYear: 2,
            [],
            [],
            ActionPlans: false,
            [new AwaitingSignature("Lifestyle & Design Cluster")]),
    ];
}
