using System.Text.Json;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.DemoData;
using FsCheck;
using FsCheck.Fluent;

namespace AgreementTracker.Domain.Tests.Properties;

public class FoldingProperties
{
    private static readonly IReadOnlyList<IReadOnlyList<object>> Histories = DemoDataGenerator.NorthJutland()
        .Where(s => s.Kind == StreamKind.Agreement)
        .Select(s => (IReadOnlyList<object>)s.Events.Select(e => e.Data).ToList())
        .ToList();

    private static string Json(AgreementState? state) => JsonSerializer.Serialize(state);

    [Fact]
    public void Folding_in_any_chunking_gives_the_same_state()
    {
        var cases =
            from history in Gen.Elements(Histories.ToArray())
            from cuts in Gen.ListOf(Gen.Choose(0, history.Count))
            select (history, cuts: cuts.Distinct().Order().ToList());

        Check.QuickThrowOnFailure(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var whole = Agreement.Fold(null, c.history);
            AgreementState? chunked = null;
            var from = 0;
            foreach (var cut in c.cuts.Append(c.history.Count))
            {
                chunked = Agreement.Fold(chunked, c.history.Skip(from).Take(cut - from));
                from = cut;
            }

            return Json(whole) == Json(chunked);
        }));
    }

    [Fact]
    public void Folding_the_same_events_twice_gives_the_same_state() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Gen.Elements(Histories.ToArray()).ToArbitrary(), history =>
            Json(Agreement.Fold(null, history)) == Json(Agreement.Fold(null, history))));
}
