using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AgreementTracker.TestSupport;
using AgreementTracker.Web;

namespace AgreementTracker.Server.Tests.Integrity;

/// <summary>/verificer: the offline browser verifier, served whole, under a policy that allows its own inline script and style and nothing else.</summary>
public sealed class VerifierPageTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task The_verifier_page_is_served_without_sign_in_and_its_policy_allows_exactly_its_inline_script_and_style()
    {
        await using var server = await ServerHost.StartAsync(database, ["--Projections:RunDaemon=false"]);

        var answer = await server.Alba.Scenario(s => s.Get.Url(VerifierPage.Route));

        var page = await answer.ReadAsTextAsync();
        var policy = answer.Context.Response.Headers.ContentSecurityPolicy.ToString();
        Assert.Equal(VerifierPage.ContentSecurityPolicy, policy);
        Assert.Contains("<h1>Kontrollér en eksport</h1>", page);
        Assert.DoesNotContain("://", page);
        Assert.StartsWith("default-src 'none';", policy);
        foreach (var element in new[] { "script", "style" })
        {
            var content = Regex.Match(page, $"<{element}[^>]*>(.*?)</{element}>", RegexOptions.Singleline).Groups[1].Value;
            Assert.Contains($"{element}-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)))}'", policy);
        }
    }
}
