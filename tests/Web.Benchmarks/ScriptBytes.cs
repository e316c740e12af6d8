namespace AgreementTracker.Web.Benchmarks;

/// <summary>The bytes a set of scripts takes on the wire when the server sends them Brotli-compressed, as it does to a browser that accepts br.</summary>
internal static class ScriptBytes
{
    public static async Task<long> BrotliAsync(HttpClient http, IEnumerable<string> urls)
    {
        long total = 0;
        foreach (var url in urls)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.ParseAdd("br");
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            if (!response.Content.Headers.ContentEncoding.Contains("br"))
                throw new InvalidOperationException($"{url} was not sent Brotli-compressed.");
            total += (await response.Content.ReadAsByteArrayAsync()).LongLength;
        }
        return total;
    }
}
