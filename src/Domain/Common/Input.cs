using System.Globalization;
using System.Text;
using static AgreementTracker.Domain.Formatting.DanishFormat;

namespace AgreementTracker.Domain.Common;

/// <summary>
/// A kind of text field and its limit in characters (Unicode scalar values, after NFC). Single-line text refuses every
/// control character and line separator; multi-line text allows line breaks (CR, LF, U+2028/9) and tabs.
/// </summary>
public sealed record TextKind(string Name, int MaxLength, bool MultiLine)
{
    /// <summary>A code or number from another register: a KPI catalogue code, a unit, a CVR number.</summary>
    public static readonly TextKind Code = new(nameof(Code), 50, MultiLine: false);

    /// <summary>A name or title: an organisation, a person, a KPI, an agreement, a meeting, an action plan.</summary>
    public static readonly TextKind Title = new(nameof(Title), 200, MultiLine: false);

    /// <summary>A short label from a list: a strength area, a geographic scope, a focus area.</summary>
    public static readonly TextKind Label = new(nameof(Label), 200, MultiLine: false);

    /// <summary>A paragraph: a decision, an action item, a goal, a recommendation, an amendment's summary, a reason.</summary>
    public static readonly TextKind Paragraph = new(nameof(Paragraph), 2_000, MultiLine: true);

    /// <summary>A document's worth of text: an agreement's purpose, a meeting's minutes, an evaluation.</summary>
    public static readonly TextKind Document = new(nameof(Document), 20_000, MultiLine: true);
}

/// <summary>
/// The input rules every command obeys before any business rule looks at it: one set of limits per kind of field,
/// reused by every command (see <c>AgreementInput</c>, <c>OrganisationInput</c>) and by callers for what travels
/// beside a command (the reason). Each refusal names the field, says in Danish what is allowed, and echoes at most
/// <see cref="EchoLength"/> characters of the value. Accepted text comes back normalised to Unicode NFC.
/// </summary>
public static class Input
{
    /// <summary>The earliest date an agreement carries: none of them predates the regional collaboration.</summary>
    public static readonly DateOnly EarliestDate = new(1990, 1, 1);

    /// <summary>The latest date an agreement carries: far beyond any agreement's period or target.</summary>
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    /// <summary>A co-financing amount: more than 0 and at most 10 billion kroner, in whole øre.</summary>
    public const decimal MostKroner = 10_000_000_000m;

    /// <summary>A KPI figure (baseline, target, measured value): within ± a trillion, at most four decimals.</summary>
    public const decimal LargestFigure = 1_000_000_000_000m;

    public const int FigureDecimals = 4;

    /// <summary>A count of people or companies (participants, respondents).</summary>
    public const int LargestCount = 1_000_000;

    public const int MostParties = 50;
    public const int MostAttendees = 200;
    public const int MostDecisions = 100;
    public const int MostActionItems = 100;
    public const int MostFocusAreas = 50;
    public const int MostRecommendations = 100;
    public const int MostTargetGroups = 20;

    /// <summary>How much of a refused value a message repeats.</summary>
    public const int EchoLength = 20;

    public static Result<string> Text(TextKind kind, string field, string label, string value)
    {
        // NFC composes at most four code points into one (the longest canonical decomposition), so text this long is
        // too long whatever normalising does, and is refused without the cost of normalising megabytes.
        if (value.Length > 4 * kind.MaxLength)
        {
            return TooLong(kind, field, label, value);
        }

        var position = 0; // in characters as LengthOf counts them
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            position++;
            var codePoint = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                ? char.ConvertToUtf32(c, value[++i])
                : c;
            if (IsNoncharacter(codePoint))
            {
                return new DomainError(
                    "text_invalid_unicode",
                    $"{label} indeholder U+{codePoint:X4} som tegn nr. {position}, som Unicode har reserveret som ikke-tegn.",
                    field);
            }

            if (codePoint > char.MaxValue)
            {
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return new DomainError(
                    "text_invalid_unicode",
                    $"{label} indeholder ugyldig Unicode (en enlig surrogat, U+{(int)c:X4}, som tegn nr. {position}); send teksten som UTF-8.",
                    field);
            }

            if (IsForbidden(c, kind.MultiLine))
            {
                var allowed = kind.MultiLine
                    ? "kun tekst, linjeskift og tabulatorer er tilladt"
                    : "kun tekst på én linje er tilladt";
                return new DomainError(
                    "text_control_character",
                    $"{label} må ikke indeholde kontroltegn (U+{(int)c:X4} som tegn nr. {position}); {allowed}.",
                    field);
            }
        }

        string normalised;
        try
        {
            normalised = value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return new DomainError("text_invalid_unicode", $"{label} indeholder ugyldig Unicode (begynder med »{Echo(value)}«).", field);
        }

        return LengthOf(normalised) > kind.MaxLength ? TooLong(kind, field, label, normalised) : normalised;
    }

    /// <summary>A date an agreement carries: between <see cref="EarliestDate"/> and <see cref="LatestDate"/>.</summary>
    public static Result<DateOnly> Date(string field, string label, DateOnly date) =>
        date >= EarliestDate && date <= LatestDate
            ? date
            : new DomainError(
                "date_out_of_range",
                $"{label} skal ligge mellem {DanishDate(EarliestDate)} og {DanishDate(LatestDate)}; {DanishDate(date)} er ikke mulig.",
                field);

    /// <summary>A calendar year an agreement plans or pays for, in the same window as its dates.</summary>
    public static Result<int> Year(string field, string label, int year) =>
        year >= EarliestDate.Year && year <= LatestDate.Year
            ? year
            : new DomainError(
                "date_out_of_range",
                $"{label} skal være et år fra {EarliestDate.Year} til {LatestDate.Year}; {year.ToString(CultureInfo.InvariantCulture)} er ikke muligt.",
                field);

    public static Result<ReportingPeriod> Period(string field, string label, ReportingPeriod period) =>
        period.Start >= EarliestDate && period.End <= LatestDate
            ? period
            : new DomainError(
                "date_out_of_range",
                $"{label} skal ligge mellem {DanishDate(EarliestDate)} og {DanishDate(LatestDate)}; {period} er ikke mulig.",
                field);

    /// <summary>Kroner: more than 0, at most <see cref="MostKroner"/>, in whole øre.</summary>
    public static Result<decimal> Kroner(string field, string label, decimal amount) =>
        amount > 0 && amount <= MostKroner && decimal.Round(amount, 2) == amount
            ? amount
            : new DomainError(
                "invalid_amount",
                $"{label} skal være mellem 0,01 kr. og {Formatting.DanishFormat.Kroner(MostKroner)} i hele øre (højst to decimaler); {Raw(amount)} er ikke tilladt.",
                field);

    /// <summary>A KPI figure: within ± <see cref="LargestFigure"/>, at most <see cref="FigureDecimals"/> decimals.</summary>
    public static Result<decimal> Figure(string field, string label, decimal value) =>
        Math.Abs(value) <= LargestFigure && decimal.Round(value, FigureDecimals) == value
            ? value
            : new DomainError(
                "invalid_figure",
                $"{label} skal være et tal mellem -{Number(LargestFigure)} og {Number(LargestFigure)} med højst {FigureDecimals} decimaler; {Raw(value)} er ikke tilladt.",
                field);

    /// <summary>A count of people or companies: 0 to <see cref="LargestCount"/>.</summary>
    public static Result<int> Count(string field, string label, int value) =>
        value is >= 0 and <= LargestCount
            ? value
            : new DomainError(
                "invalid_count",
                $"{label} skal være et helt tal fra 0 til {Number(LargestCount)}; {value.ToString(CultureInfo.InvariantCulture)} er ikke tilladt.",
                field);

    /// <param name="things">What the list holds, in the plural: "deltagere".</param>
    public static DomainError? ListSize(string field, string things, int count, int most) =>
        count <= most
            ? null
            : new DomainError("list_too_long", $"Der må højst være {Number(most)} {things}, men der er {Number(count)}.", field);

    /// <summary>An id of something new: any UUID but the nil UUID, which names nothing.</summary>
    public static Result<TId> NewId<TId>(string field, string label, TId id) where TId : struct, IEntityId<TId> =>
        id.Value != Guid.Empty
            ? id
            : new DomainError("invalid_id", $"{label} kan ikke være nil-UUID'en {Guid.Empty}; vælg et andet id eller udelad det.", field);

    /// <summary>One of the enum's named values (a number outside them, e.g. from a message, is refused).</summary>
    public static Result<TEnum> Known<TEnum>(string field, string label, TEnum value) where TEnum : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : new DomainError("unknown_value", $"{label} har en ukendt værdi ({value}); brug en af {string.Join(", ", Enum.GetNames<TEnum>())}.", field);

    /// <summary>The first <see cref="EchoLength"/> characters of a value, with control characters, noncharacters and broken
    /// surrogates shown as U+FFFD, and "…" when there was more: safe to put in any message.</summary>
    public static string Echo(string value)
    {
        var echo = new StringBuilder();
        var shown = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            if (shown == EchoLength)
            {
                return echo.Append('…').ToString();
            }

            echo.Append(Rune.IsControl(rune) || IsNoncharacter(rune.Value) ? "\uFFFD" : rune.ToString());
            shown++;
        }

        return echo.ToString();
    }

    /// <summary>Length in characters as a reader counts them: Unicode scalar values, so "😀" is one.</summary>
    public static int LengthOf(string value)
    {
        var length = 0;
        foreach (var _ in value.EnumerateRunes())
        {
            length++;
        }

        return length;
    }

    private static DomainError TooLong(TextKind kind, string field, string label, string value) => new(
        "text_too_long",
        $"{label} må højst være {Number(kind.MaxLength)} tegn, men er {Number(LengthOf(value))} tegn (begynder med »{Echo(value)}«).",
        field);

    /// <summary>The 66 code points Unicode reserves as "noncharacters" (U+FDD0–U+FDEF and every U+xFFFE/U+xFFFF),
    /// which .NET also refuses to normalise.</summary>
    public static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    private static bool IsForbidden(char c, bool multiLine) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control => !(multiLine && c is '\n' or '\r' or '\t'),
        UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => !multiLine,
        _ => false,
    };

    private static string DanishDate(DateOnly date) => Formatting.DanishFormat.Date(date);

    private static string Raw(decimal value) => value.ToString(CultureInfo.InvariantCulture).Replace('.', ',');
}
