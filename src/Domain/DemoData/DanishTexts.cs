using AgreementTracker.Domain.Agreements;

namespace AgreementTracker.Domain.DemoData;

/// <summary>The Danish words the demo data is made of: people, KPI names from the performance accounts, minutes.</summary>
internal static class DanishTexts
{
    private static readonly string[] FirstNames =
        ["Mette", "Lars", "Anne", "Søren", "Hanne", "Jens", "Louise", "Mads", "Camilla", "Rasmus", "Pia", "Anders", "Line", "Thomas", "Birgitte", "Mikkel"];

    private static readonly string[] LastNames =
        ["Sørensen", "Nielsen", "Jensen", "Pedersen", "Kristensen", "Larsen", "Christensen", "Møller", "Thomsen", "Madsen", "Østergaard", "Kjær"];

    public static DemoActor Person(Random random, string domain)
    {
        var first = Pick(random, FirstNames);
        var last = Pick(random, LastNames);
        var initials = $"{first[..2]}{last[..1]}".ToLowerInvariant().Replace('ø', 'o').Replace('æ', 'a').Replace('å', 'a');
        return new DemoActor($"{first} {last}", $"{initials}@{domain}");
    }

    /// <summary>Indicators the national clusters already count (Performanceregnskab, seed 003) and seed 000's additions.</summary>
    public static readonly IReadOnlyDictionary<string, (string Name, string Unit)> Kpis = new Dictionary<string, (string, string)>
    {
        ["DELTAGENDE_VIRKSOMHEDER"] = ("Deltagende virksomheder", "virksomheder"),
        ["DELTAGENDE_UNDER_50"] = ("Deltagende virksomheder under 50 ansatte", "virksomheder"),
        ["DEDIKEREDE_MEDLEMMER"] = ("Dedikerede virksomheder / medlemmer", "virksomheder"),
        ["UNIKKE_VIRKSOMHEDER"] = ("Unikke virksomheder", "virksomheder"),
        ["DELTAGERE"] = ("Deltagere i aktiviteter", "personer"),
        ["SAMARBEJDSPROJEKTER"] = ("Virksomheder i konkrete samarbejdsprojekter", "virksomheder"),
        ["FOERSTE_VIDENSAMARBEJDE"] = ("Første samarbejde med videninstitution", "virksomheder"),
        ["MATCHMAKING"] = ("Matchmaking-aktiviteter", "virksomheder"),
        ["INTERNATIONALE"] = ("Internationale aktiviteter", "virksomheder"),
        ["ANSOEGNINGER_STOETTET"] = ("Ansøgninger støttet", "ansøgninger"),
        ["ANSOEGNINGER_FINANSIERET"] = ("Ansøgninger med opnået finansiering", "ansøgninger"),
        ["NYE_PRODUKTER"] = ("Nye produkter, ydelser og processer", "virksomheder"),
        ["TILFREDSHED"] = ("Tilfredse deltagere", "%"),
        ["OMSAETNING"] = ("Omsætning i deltagende virksomheder", "mio. kr."),
        ["SVARTID"] = ("Svartid på virksomhedshenvendelser", "dage"),
    };

    public static readonly string[] Decisions =
    [
        "Fælles arrangement for nordjyske SMV'er afholdes i efteråret",
        "Klyngen deltager i Erhvervshusets rådgivningsforløb",
        "Opgørelse af deltagertal deles kvartalsvis med kommunerne",
        "Der udarbejdes en fælles ansøgning til Danmarks Erhvervsfremmebestyrelse",
        "Næste års handleplan drøftes på efterårsmødet",
        "Kommunerne melder lokale mål ind inden årsskiftet",
        "Virksomhedsbesøg planlægges i samarbejde med den lokale erhvervsservice",
        "Der etableres en fælles kontaktliste over nordjyske medlemmer",
    ];

    public static readonly string[] ActionItems =
    [
        "Udsende invitation til virksomhedsnetværk",
        "Opgøre deltagertal og unikke virksomheder for perioden",
        "Forberede udkast til fælles ansøgning",
        "Koordinere arrangement med Erhvervshuset",
        "Dele kontaktliste over nordjyske medlemmer",
        "Indkalde kommunernes erhvervschefer til temamøde",
        "Sende status på medfinansiering til økonomiafdelingen",
        "Opdatere aftalens handleplan",
    ];

    public static readonly string[] MinutesOpenings =
    [
        "Mødet blev indledt med en status på aftalens aktiviteter siden sidst.",
        "Sekretariatet gennemgik de seneste tal for deltagende virksomheder.",
        "Parterne drøftede fremdriften i forhold til aftalens KPI'er.",
        "Klyngen orienterede om nye nationale programmer og ansøgningsrunder.",
    ];

    public static readonly string[] MinutesClosings =
    [
        "Der var enighed om at fastholde den nuværende mødekadence.",
        "Kommunerne ønsker tættere opfølgning på lokale mål.",
        "Samarbejdet med Erhvervshuset fungerer godt og skal styrkes.",
        "Der følges op på handlepunkterne på næste møde.",
    ];

    public static readonly string[] EvaluationSummaries =
    [
        "Samarbejdet har skabt konkrete samarbejdsflader, men opfølgningen på KPI'er kan styrkes.",
        "Aftalen har nået flere nordjyske SMV'er end forventet; de små virksomheder er godt repræsenteret.",
        "Indsatsen er kommet langsomt i gang, men tallene for det seneste år er positive.",
        "Parterne vurderer aftalen som forpligtende og ønsker at fortsætte med faste koordinationsmøder.",
    ];

    public static readonly string[] Recommendations =
    [
        "Sæt klare mål og KPI'er og følg løbende op på dem",
        "Del data om virksomhedsdeltagelse årligt mellem parterne",
        "Gør aftalen ens på tværs af kommunerne",
        "Fastlæg medfinansiering til aktiviteter rettet mod Nordjylland",
    ];

    public static readonly string[] ActivityKinds =
        ["Matchmaking-arrangement", "Temamøde", "Virksomhedsbesøg", "Workshop", "Netværksmøde", "Innovationsforløb", "Studietur"];

    public static string MeetingTitle(MeetingKind kind, DateOnly date) => kind switch
    {
        MeetingKind.Coordination => $"Koordinationsmøde {(date.Month <= 6 ? "forår" : "efterår")} {date.Year}",
        MeetingKind.Steering => $"Styregruppemøde {(date.Month - 1) / 3 + 1}. kvartal {date.Year}",
        MeetingKind.Status => $"Statusmøde {date.Year}",
        MeetingKind.Evaluation => $"Evalueringsmøde {date.Year}",
        _ => $"Møde {date.Year}",
    };

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
