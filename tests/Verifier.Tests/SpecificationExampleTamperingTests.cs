using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgreementTracker.Integrity.Export;
using AgreementTracker.TestSupport;

namespace AgreementTracker.Verifier.Tests;

/// <summary>
/// The specification's worked example with one character of an event's data changed: each verifier (the C# library,
/// the command, the JavaScript verifier) refuses it naming the broken link as the specification says, both for the
/// change section 11 itself describes and for a change to each event in turn.
/// </summary>
public sealed class SpecificationExampleTamperingTests(SpecificationExample example) : IClassFixture<SpecificationExample>
{
    [Fact]
    public async Task The_change_the_example_describes_is_named_by_every_verifier_as_it_says()
    {
        var stated = example.Stated(@"In ([A-Z]) version (\d+)'s `data`, change `([^`]+)` to\s+`([^`]+)`.*?and both answer\s+`([^`]+)`");
        var version = long.Parse(stated.Groups[2].Value, CultureInfo.InvariantCulture);
        var described = example.Events.Single(e => e.StreamId == example.Stream(stated.Groups[1].Value) && e.Version == version);
        var (original, changed, answer) = (stated.Groups[3].Value, stated.Groups[4].Value, stated.Groups[5].Value);
        Assert.Single(Regex.Matches(described.Data, Regex.Escape(original)));

        var file = example.Write("described-change.jsonl", WithData(described, described.Data.Replace(original, changed, StringComparison.Ordinal)));

        await AssertEveryVerifierRefuses(file, answer);
    }

    [Fact]
    public async Task One_character_changed_in_any_events_data_is_named_by_every_verifier_at_that_event()
    {
        foreach (var e in example.Events)
        {
            var at = e.Data.ToList().FindLastIndex(char.IsAsciiLetter);
            var data = string.Concat(e.Data[..at], e.Data[at] == 'X' ? "Y" : "X", e.Data[(at + 1)..]);
            var file = example.Write($"changed-{e.StreamId}-{e.Version}.jsonl", WithData(e, data));

            await AssertEveryVerifierRefuses(file, ContentsMismatch(e));
        }
    }

    /// <summary>The export with the event's data replaced, written as the exporter writes a string; nothing else changed.</summary>
    private string WithData(ExportedEvent e, string data)
    {
        var (written, rewritten) = (JsonSerializer.Serialize(e.Data), JsonSerializer.Serialize(data));
        Assert.Single(Regex.Matches(example.ExportText, Regex.Escape(written)));
        return example.ExportText.Replace(written, rewritten, StringComparison.Ordinal);
    }

    /// <summary>The failure section 8.1 step 6.4 names when an event's hash does not recompute, for this event.</summary>
    private static string ContentsMismatch(ExportedEvent e)
    {
        var rule = Regex.Match(File.ReadAllText(SpecificationExample.Specification), @"If its lowercase hex is not `hash`:\s+\*\*`([^`]+)`\*\*");
        Assert.True(rule.Success, "section 8.1 no longer names the failure of an event whose contents do not match its hash");
        return rule.Groups[1].Value.Replace("<stream>", e.StreamId.ToString(), StringComparison.Ordinal)
            .Replace("<version>", e.Version.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private async Task AssertEveryVerifierRefuses(string file, string expected)
    {
        using (var export = File.OpenRead(file))
            Assert.Equal(expected, ExportVerifier.Verify(export, example.PublicKey).Problem);
        var (commandCode, commandOutput) = await VerifierProcess.RunAsync(file, "--public-key", example.PublicKeyFile);
        Assert.True(commandCode == 1, commandOutput);
        Assert.Contains($": {expected}", commandOutput);
        var (javaScriptCode, answer) = await BrowserVerifier.RunAsync(file, "--public-key", example.PublicKeyFile);
        Assert.True(javaScriptCode == 1, answer.ToJsonString());
        Assert.Equal(expected, answer["firstFailure"]!.GetValue<string>());
    }
}
