using System.Text.Json;
using Xunit;

namespace AgreementTracker.TestSupport;

/// <summary>A GraphQL response with the assertions scenarios need: no errors, a value at a path, the code of a refusal.</summary>
public sealed record GraphQLResponse(int StatusCode, JsonElement Body)
{
    public JsonElement Data => Body.GetProperty("data");

    public IReadOnlyList<JsonElement> Errors =>
        Body.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().ToList() : [];

    /// <summary>Fails with the server's error messages, so a failing scenario says what went wrong.</summary>
    public GraphQLResponse ShouldSucceed()
    {
        Assert.True(Errors.Count == 0 && StatusCode == 200, $"HTTP {StatusCode}: {Body}");
        return this;
    }

    /// <summary>The value at a dotted path under <c>data</c>, e.g. <c>draftAgreement.agreement.parties.0.role</c>.</summary>
    public JsonElement At(string path) =>
        path.Split('.').Aggregate(Data, (element, step) => int.TryParse(step, out var index) ? element[index] : element.GetProperty(step));

    public string? String(string path) => At(path).GetString();

    /// <summary>The single error's <c>extensions.code</c> and message.</summary>
    public (string Code, string Message) Refusal()
    {
        var error = Assert.Single(Errors);
        return (error.GetProperty("extensions").GetProperty("code").GetString()!, error.GetProperty("message").GetString()!);
    }
}
