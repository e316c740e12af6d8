namespace AgreementTracker.GraphQL.Conformance.Tests.Corpus;

/// <summary>Every case of every file in Corpus/, by id.</summary>
public static class ConformanceCorpus
{
    private static readonly Lazy<IReadOnlyDictionary<string, CorpusCase>> Cases = new(Load);

    public static IReadOnlyCollection<CorpusCase> All => Cases.Value.Values.ToList();

    public static CorpusCase Get(string id) => Cases.Value[id];

    /// <summary>Case ids as xunit theory data, so each document is its own test case.</summary>
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in Cases.Value.Keys.Order(StringComparer.Ordinal)) data.Add(id);
        return data;
    }

    private static IReadOnlyDictionary<string, CorpusCase> Load()
    {
        var cases = new Dictionary<string, CorpusCase>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(ProjectPaths.Corpus, "*.graphql"))
        {
            foreach (var corpusCase in CorpusFile.Read(file))
            {
                if (!cases.TryAdd(corpusCase.Id, corpusCase))
                {
                    throw new InvalidOperationException($"The corpus has two cases named {corpusCase.Id}.");
                }
            }
        }
        return cases;
    }
}
