using System.Text.Json.Nodes;
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

    public static TheoryData<string> SubscriptionCases => SubscriptionCorpus.Ids();

    [Theory]
    [MemberData(nameof(SubscriptionCases))]
    public async Task Our_engine_streams_subscriptions_like_graphql_js(string caseId)
    {
        var corpusCase = SubscriptionCorpus.Get(caseId);
        var reference = await oracle.SubscribeAsync(corpusCase);
        var ours = await LibraryFixture.SubscribeAsync(corpusCase);

        var differences = new List<string>();
        if (reference["events"] is JsonArray expectedEvents && ours["events"] is JsonArray actualEvents)
        {
            if (expectedEvents.Count != actualEvents.Count) differences.Add($"{expectedEvents.Count} events expected, {actualEvents.Count} streamed");
            for (var index = 0; index < Math.Min(expectedEvents.Count, actualEvents.Count); index++)
            {
                differences.AddRange(ResponseComparison.Differences(expectedEvents[index]!.AsObject(), actualEvents[index]!.AsObject(),
                    corpusCase.UnorderedListKeys, LibraryFixture.ErrorMessages).Select(difference => $"event {index}: {difference}"));
            }
        }
        else if (reference["result"] is JsonObject expectedFailure && ours["result"] is JsonObject actualFailure)
        {
            differences.AddRange(ResponseComparison.Differences(expectedFailure, actualFailure, corpusCase.UnorderedListKeys, LibraryFixture.ErrorMessages));
        }
        else
        {
            differences.Add(reference.ContainsKey("events") ? "graphql-js streamed events, ours refused" : "graphql-js refused, ours streamed events");
        }

        Assert.True(differences.Count == 0, string.Join('\n', [
            $"{caseId} differs from graphql-js:",
            .. differences.Select(difference => "  - " + difference),
            $"document:\n{corpusCase.Document}",
            "graphql-js:", reference.ToJsonString(),
            "ours:", ours.ToJsonString(),
        ]));
    }

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
