using AgreementTracker.GraphQL.Conformance.Tests.Comparison;
using AgreementTracker.GraphQL.Conformance.Tests.Corpus;
using AgreementTracker.GraphQL.Conformance.Tests.Oracle;

namespace AgreementTracker.GraphQL.Conformance.Tests;

/// <summary>Each corpus document, run through graphql-js and through our engine, must get the same answer.</summary>
[Collection(OracleCollection.Name)]
public sealed class DifferentialTests(OracleFixture oracle)
{
    public static TheoryData<string> Cases => ConformanceCorpus.Ids();

    public static TheoryData<string> MutatedCases => MutatedCorpus.Ids();

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Our_engine_answers_like_graphql_js(string caseId) => AssertSameAnswerAsync(ConformanceCorpus.Get(caseId));

    [Theory]
    [MemberData(nameof(MutatedCases))]
    public Task Our_engine_answers_mutated_documents_like_graphql_js(string caseId) => AssertSameAnswerAsync(MutatedCorpus.Get(caseId));

    private async Task AssertSameAnswerAsync(CorpusCase corpusCase)
    {
        var caseId = corpusCase.Id;
        var reference = await oracle.ExecuteAsync(corpusCase);
        var ours = await LibraryFixture.ExecuteAsync(corpusCase);

        var differences = ResponseComparison.Differences(
            reference.Result, ours, corpusCase.UnorderedListKeys, LibraryFixture.ErrorMessages);

        Assert.True(differences.Count == 0, string.Join('\n', [
            $"{caseId} differs from graphql-js:",
            .. differences.Select(difference => "  - " + difference),
            $"document:\n{corpusCase.Document}",
            $"graphql-js ({(reference.FailedRules.Count == 0 ? "valid" : "fails " + string.Join(", ", reference.FailedRules))}):",
            reference.Result.ToJsonString(),
            "ours:",
            ours.ToJsonString(),
        ]));
    }

    [Fact]
    public void The_corpus_has_at_least_three_hundred_documents() =>
        Assert.True(ConformanceCorpus.All.Count >= 300, $"only {ConformanceCorpus.All.Count} documents");

    [Fact]
    public async Task The_corpus_breaks_every_validation_rule_of_the_specification()
    {
        var broken = new HashSet<string>();
        foreach (var corpusCase in ConformanceCorpus.All)
        {
            broken.UnionWith((await oracle.ExecuteAsync(corpusCase)).FailedRules);
        }

        var neverBroken = (await oracle.ValidationRulesAsync()).Except(broken).ToList();

        Assert.True(neverBroken.Count == 0, "no corpus document breaks " + string.Join(", ", neverBroken));
    }
}
