using System.Text;

namespace AgreementTracker.GraphQL.Benchmarks;

/// <summary>
/// Our engine against GraphQL.NET on one query: the same JSON first, then warm-up, then repeats that
/// alternate which engine goes first, so both see the same share of the machine's other load.
/// </summary>
internal static class PeerComparison
{
    public const int Repeats = 3;

    public static async Task<(Throughput Ours, Throughput GraphQLNet)> MeasureAsync(IEngineRun ours, IEngineRun graphQLNet, TimeSpan warmUp, TimeSpan duration)
    {
        await EnsureSameJsonAsync(ours, graphQLNet);
        await EngineThroughput.MeasureAsync(ours, warmUp);
        await EngineThroughput.MeasureAsync(graphQLNet, warmUp);
        var oursRuns = new List<Throughput>();
        var graphQLNetRuns = new List<Throughput>();
        for (var repeat = 0; repeat < Repeats; repeat++)
        {
            if (repeat % 2 == 0)
            {
                oursRuns.Add(await EngineThroughput.MeasureAsync(ours, duration));
                graphQLNetRuns.Add(await EngineThroughput.MeasureAsync(graphQLNet, duration));
            }
            else
            {
                graphQLNetRuns.Add(await EngineThroughput.MeasureAsync(graphQLNet, duration));
                oursRuns.Add(await EngineThroughput.MeasureAsync(ours, duration));
            }
        }
        return (Median(oursRuns), Median(graphQLNetRuns));
    }

    /// <summary>The run with the median throughput; its allocation is the median's too, as allocation hardly varies.</summary>
    private static Throughput Median(List<Throughput> runs) => runs.OrderBy(run => run.PerSecond).ElementAt(runs.Count / 2);

    private static async Task EnsureSameJsonAsync(IEngineRun ours, IEngineRun graphQLNet)
    {
        var oursJson = Encoding.UTF8.GetString((await ours.RunAsync()).Span);
        var graphQLNetJson = Encoding.UTF8.GetString((await graphQLNet.RunAsync()).Span);
        if (oursJson == graphQLNetJson) return;
        var at = oursJson.Zip(graphQLNetJson).TakeWhile(pair => pair.First == pair.Second).Count();
        throw new InvalidOperationException(
            $"The engines answer differently from character {at}: ours …{Excerpt(oursJson, at)}… GraphQL.NET …{Excerpt(graphQLNetJson, at)}…");
    }

    private static string Excerpt(string json, int at) => json.Substring(Math.Max(0, at - 40), Math.Min(json.Length - Math.Max(0, at - 40), 80));
}
