using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;

namespace AgreementTracker.Domain.DemoData;

/// <summary>
/// Agreements made up from the same ingredients as the hand-written ones, for national-size benchmarks:
/// monthly and quarterly KPIs, a few co-financing parties, meetings and now and then a twist.
/// </summary>
internal static class SyntheticAgreements
{
    private static readonly string[] StrengthAreas =
    [
        "Energi og grøn omstilling", "Life science og velfærdsteknologi", "Fødevarer og bioressourcer", "Digitalisering", "Produktion og robotteknologi",
        "Maritime erhverv", "Turisme og oplevelser", "Byggeri og byudvikling", "Design og livsstil", "Vand og miljøteknologi",
    ];

    private static readonly AgreementKind[] Kinds = Enum.GetValues<AgreementKind>();

    private static readonly TargetGroup[] TargetGroups = Enum.GetValues<TargetGroup>();

    public static AgreementSpec Create(Random random, int number, DemoOrganisations organisations)
    {
        var cluster = DanishTexts.Pick(random, organisations.OfKind(OrganisationKind.NationalCluster).ToList());
        var municipalities = organisations.OfKind(OrganisationKind.Municipality).OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToList();
        var area = DanishTexts.Pick(random, StrengthAreas);
        var kind = DanishTexts.Pick(random, Kinds);
        var start = new DateOnly(2021 + random.Next(4), random.Next(2) == 0 ? 1 : 7, 1);
        var end = start.AddMonths(36 + 12 * random.Next(3)).AddDays(-1);
        var scope = string.Join(", ", municipalities);

        var parties = new List<PartySpec> { new(municipalities[0], PartyRole.Coordinator), new(cluster, PartyRole.Partner) };
        parties.AddRange(municipalities.Skip(1).Select(m => new PartySpec(m, PartyRole.CoFinancier)));

        var kpis = DanishTexts.Kpis.Keys.OrderBy(_ => random.Next()).Take(10 + random.Next(6)).Select(code => Kpi(random, code, cluster, scope)).ToList();
        var financing = municipalities
            .Select(m => new FinancingSpec(m, 5_000m * (10 + random.Next(70)), ContributionForm.Cash, $"Medfinansiering af aktiviteter om {area.ToLowerInvariant()}"))
            .ToList();

        return new AgreementSpec(
            $"{area}: {cluster} og {municipalities[0]} ({number})",
            kind,
            $"Konkrete samarbejdsflader om {area.ToLowerInvariant()} for virksomheder i {scope}",
            new DatePeriod(start, end),
            area,
            TargetGroups.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToList(),
            scope,
            parties,
            MeetingsPerYear: 2 + random.Next(5),
            kpis,
            financing,
            ActionPlans: random.Next(2) == 0,
            Twists(random, start, end, municipalities[0]));
    }

    private static KpiSpec Kpi(Random random, string code, string cluster, string scope)
    {
        var frequency = random.NextDouble() switch
        {
            < 0.8 => ReportingFrequency.Monthly,
            < 0.95 => ReportingFrequency.Quarterly,
            _ => ReportingFrequency.HalfYearly,
        };
        var performance = 0.6m + random.Next(60) / 100m;
        return code switch
        {
            "SVARTID" => new KpiSpec(code, 20, 5, frequency, cluster, scope, performance, KpiDirection.Decrease),
            "TILFREDSHED" => new KpiSpec(code, 60, 85, frequency, cluster, scope, performance),
            "OMSAETNING" => new KpiSpec(code, 100, 130, frequency, cluster, scope, performance),
            _ => new KpiSpec(code, 0, 20 + random.Next(280), frequency, cluster, scope, performance),
        };
    }

    private static List<Twist> Twists(Random random, DateOnly start, DateOnly end, string coordinator)
    {
        var twists = new List<Twist>();
        var roll = random.NextDouble();
        if (roll < 0.1)
        {
            twists.Add(new Extension(end.AddMonths(-3), end.AddYears(1), "Parterne forlænger samarbejdet"));
        }
        else if (roll < 0.15)
        {
            twists.Add(new Termination(coordinator, start.AddMonths(18), "Samarbejdet afsluttes før tid"));
        }

        if (random.NextDouble() < 0.1)
        {
            twists.Add(new Correction(0, ReportingPeriod.Containing(start, ReportingFrequency.Monthly).ToString(), 3, "Rettet efter gennemgang af CRM"));
        }

        if (random.NextDouble() < 0.05)
        {
            twists.Add(new OverduePayment(coordinator, start.Year));
        }

        return twists;
    }
}
