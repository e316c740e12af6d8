using AgreementTracker.FaultSoak;
using AgreementTracker.FaultSoak.Report;

SoakOptions? options;
try
{
    options = SoakOptions.Parse(args);
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}
if (options is null)
{
    Console.WriteLine(SoakOptions.Help);
    return 0;
}
var result = await SoakRun.RunAsync(options, line => Console.WriteLine(line));
SoakReport.Write(Console.Out, result);
Console.WriteLine();
Console.WriteLine(result.Passed ? "PASSED: nothing lost, nothing duplicated, every check holds." : "FAILED: see the tables above.");
return result.Passed ? 0 : 1;
