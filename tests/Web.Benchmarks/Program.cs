using System.Globalization;
using AgreementTracker.TestSupport;
using AgreementTracker.Web.Benchmarks;
using AgreementTracker.Web.Tests;

const string Help = """
    Page-load benchmark for the web front end (issue 13: a page is interactive within 1 s on loopback; the JavaScript
    shipped for a page stays under 250 kB compressed).

    Starts the demo server in its own process on a private PostgreSQL (as tests/Web.Tests does), signs in each demo
    user in Debian's Chromium, and opens each page --loads times after one warm-up load, with the HTTP cache off as on a
    first visit. Prints a Markdown table per page:
      ready        navigation start to the page's main content shown (drawn from its query's answer), p50 and p95
      1st answer   navigation start to the first /graphql answer received, p50
      JS (br)      the scripts the page loaded, as the server sends them Brotli-compressed
    and the machine's 1-minute load average before and after. It asserts nothing.

    Usage: dotnet run -c Release --project tests/Web.Benchmarks [-- --loads <n>]
      --loads <n>   loads measured per page (default 10)
      --help        this text
    """;

var loads = 10;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--help" or "-h":
            Console.WriteLine(Help);
            return 0;
        case "--loads" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0:
            loads = n;
            i++;
            break;
        default:
            Console.Error.WriteLine($"Unknown or incomplete option '{args[i]}'. --help lists the options.");
            return 2;
    }
}

var loadBefore = MachineLoad.Now();
await using var demo = await DemoBrowser.StartAsync();
var agreement = await DemoAgreements.InForceWithAsync(demo.Server, "Aalborg Kommune");
PageUnderTest[] pages =
[
    PageLoads.Overview(), PageLoads.Agreement(agreement.Id), PageLoads.Municipality(), PageLoads.Organisations(), PageLoads.Audit(agreement.Id),
];
var results = new List<PageLoads>();
foreach (var target in pages)
{
    var page = await demo.SignInAsync(target.User);
    results.Add(await PageLoads.MeasureAsync(page, target, loads));
    await page.Context.CloseAsync();
}

using var http = new HttpClient { BaseAddress = new Uri(demo.Server.Url) };
var invariant = CultureInfo.InvariantCulture;
Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, Chromium {demo.Browser.Version}, load average {loadBefore} before, {MachineLoad.Now()} after; " +
                  $"{loads} loads per page after one warm-up, HTTP cache off, loopback.");
Console.WriteLine();
Console.WriteLine("| page | user | ready when shown | ready p50 | ready p95 | 1st answer p50 | JS loaded (br) |");
Console.WriteLine("|---|---|---|--:|--:|--:|--:|");
foreach (var result in results)
{
    var bytes = await ScriptBytes.BrotliAsync(http, result.Scripts);
    Console.WriteLine(string.Create(invariant,
        $"| {result.Page.Name} | {result.Page.User} | {result.Page.ReadyWhen} | {result.Ready.Percentile(0.5):0} ms | {result.Ready.Percentile(0.95):0} ms | " +
        $"{result.FirstAnswer.Percentile(0.5):0} ms | {bytes / 1024.0:0.0} kB ({result.Scripts.Count} {(result.Scripts.Count == 1 ? "file" : "files")}) |"));
}
return 0;
