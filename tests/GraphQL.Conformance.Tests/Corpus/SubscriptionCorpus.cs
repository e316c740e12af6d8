namespace AgreementTracker.GraphQL.Conformance.Tests.Corpus;

/// <summary>The subscription documents (Corpus/Subscriptions), compared event by event.</summary>
public static class SubscriptionCorpus
{
    private static readonly Lazy<IReadOnlyDictionary<string, CorpusCase>> Cases = new(() =>
        Directory.EnumerateFiles(Path.Combine(ProjectPaths.Corpus, "Subscriptions"), "*.graphql")
            .SelectMany(CorpusFile.Read)
            .ToDictionary(corpusCase => corpusCase.Id, StringComparer.Ordinal));

    public static CorpusCase Get(string id) => Cases.Value[id];

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in Cases.Value.Keys.Order(StringComparer.Ordinal)) data.Add(id);
        return data;
    }
}
