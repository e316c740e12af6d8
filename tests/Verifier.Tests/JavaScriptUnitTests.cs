namespace AgreementTracker.Verifier.Tests;

/// <summary>
/// The JavaScript verifier's parts that the whole-file tests cannot reach one by one: its SHA-256 against Node's and
/// WebCrypto's, its line splitting wherever chunks are cut, and its inclusion check that reuses the last walk.
/// </summary>
public sealed class JavaScriptUnitTests
{
    [Fact]
    public async Task The_node_test_files_beside_this_one_pass()
    {
        var (code, output) = await BrowserVerifier.UnitTestsAsync();

        Assert.True(code == 0, output);
        Assert.Contains("# fail 0", output);
    }
}
