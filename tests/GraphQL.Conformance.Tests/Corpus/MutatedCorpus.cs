using System.Text;

namespace AgreementTracker.GraphQL.Conformance.Tests.Corpus;

/// <summary>
/// Differential fuzzing: corpus documents with a few characters deleted, duplicated, swapped or
/// replaced by punctuation, from a fixed seed so every run checks the same documents.
/// </summary>
public static class MutatedCorpus
{
    private const int Count = 300;
    private const string Punctuation = "{}()[]:$@!.=,\"#\\ \n.0";

    private static readonly Lazy<IReadOnlyDictionary<string, CorpusCase>> Cases = new(Generate);

    public static CorpusCase Get(string id) => Cases.Value[id];

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in Cases.Value.Keys) data.Add(id);
        return data;
    }

    private static IReadOnlyDictionary<string, CorpusCase> Generate()
    {
        var originals = ConformanceCorpus.All.OrderBy(corpusCase => corpusCase.Id, StringComparer.Ordinal).ToList();
        var random = new Random(1_2021_10);
        var cases = new Dictionary<string, CorpusCase>(StringComparer.Ordinal);
        for (var index = 0; index < Count; index++)
        {
            var original = originals[random.Next(originals.Count)];
            var document = new StringBuilder(original.Document);
            for (var edit = random.Next(1, 4); edit > 0 && document.Length > 1; edit--)
            {
                var at = random.Next(document.Length);
                switch (random.Next(4))
                {
                    case 0: document.Remove(at, 1); break;
                    case 1: document.Insert(at, document[random.Next(document.Length)]); break;
                    case 2: document[at] = Punctuation[random.Next(Punctuation.Length)]; break;
                    default: (document[at], document[^1]) = (document[^1], document[at]); break;
                }
            }
            var id = $"mutated-{index:000}/{original.Id}";
            cases[id] = original with { Id = id, Document = document.ToString() };
        }
        return cases;
    }
}
