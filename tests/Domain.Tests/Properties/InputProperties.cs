using System.Globalization;
using System.Text;
using AgreementTracker.Domain.Common;
using FsCheck;
using FsCheck.Fluent;

namespace AgreementTracker.Domain.Tests.Properties;

/// <summary>The input rules over any text: what they accept is safe to store, and what they refuse is named briefly.</summary>
public class InputProperties
{
    private static readonly TextKind[] Kinds = [TextKind.Code, TextKind.Title, TextKind.Label, TextKind.Paragraph, TextKind.Document];

    /// <summary>Hostile pieces: control characters, line and paragraph separators, combining marks, decomposed letters,
    /// astral characters, lone surrogates, noncharacters, and runs of ordinary letters long enough to cross every limit.</summary>
    private static Gen<string> Texts
    {
        get
        {
            var special = Gen.Elements(
                "\u0000", "\u0001", "\u001F", "\u007F", "\u0085", "\u009F", "\n", "\r", "\r\n", "\t", "\u2028", "\u2029",
                "\u0301", "a\u0308", "A\u030A", "\u1100\u1161", "\uFB01", "\u212B", "😀", "\uD800", "\uDFFF", "\uFFFE", "\uFFFF", "\uFDD0", "\U0001FFFE",
                "\u200B", "\u202E", "æøå", " ", "Koordinationsmøde");
            var run = from length in Gen.Choose(0, 2_100)
                      from letter in Gen.Elements('a', 'ø', 'Å')
                      select new string(letter, length);
            var longRun = from length in Gen.Choose(19_000, 21_000) select new string('x', length);
            var piece = Gen.Frequency((10, special), (3, run), (1, longRun), (4, ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString())));
            return from pieces in Gen.ListOf(piece) select string.Concat(pieces);
        }
    }

    [Fact]
    public void Any_text_the_rules_accept_is_NFC_within_its_limit_and_free_of_forbidden_control_characters() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Gen.Elements(Kinds).ToArbitrary(), Texts.ToArbitrary(), (kind, text) =>
        {
            var result = Input.Text(kind, "field", "Feltet", text);
            if (!result.IsSuccess)
            {
                return result.Error.Field == "field" && result.Error.Message.Length < 400;
            }

            var accepted = result.Value;
            return accepted.IsNormalized(NormalizationForm.FormC)
                && Input.LengthOf(accepted) <= kind.MaxLength
                && WellFormed(accepted)
                && accepted.All(c => Allowed(c, kind.MultiLine))
                && Input.Text(kind, "field", "Feltet", accepted) is { IsSuccess: true } again && again.Value == accepted;
        }));

    [Fact]
    public void Text_within_the_rules_is_accepted_as_its_NFC_form() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Gen.Elements(Kinds).ToArbitrary(), Texts.ToArbitrary(), (kind, text) =>
        {
            var plausible = !WellFormed(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
            var shouldPass = WellFormed(text) && text.All(c => Allowed(c, kind.MultiLine)) && Input.LengthOf(plausible) <= kind.MaxLength;
            var result = Input.Text(kind, "field", "Feltet", text);
            return result.IsSuccess == shouldPass && (!shouldPass || result.Value == plausible);
        }));

    [Fact]
    public void An_echo_is_short_and_printable() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            var echo = Input.Echo(text);
            return Input.LengthOf(echo) <= Input.EchoLength + 1 && WellFormed(echo) && !echo.Any(char.IsControl);
        }));

    private static bool Allowed(char c, bool multiLine) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control => multiLine && c is '\n' or '\r' or '\t',
        UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => multiLine,
        _ => true,
    };

    private static bool WellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (Input.IsNoncharacter(char.ConvertToUtf32(text[i], text[i + 1]))) return false;
                i++;
            }
            else if (char.IsSurrogate(text[i]) || Input.IsNoncharacter(text[i])) return false;
        }
        return true;
    }
}
