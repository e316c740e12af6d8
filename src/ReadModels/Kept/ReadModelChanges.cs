namespace AgreementTracker.ReadModels.Kept;

/// <summary>
/// The PostgreSQL channel on which every transaction that changes what readers read announces it at commit, from any
/// node: the ids of the streams it appended to, or nothing when it changed rows of every kind (a re-assessment for a
/// new day, or more streams than a notification holds).
/// </summary>
public static class ReadModelChanges
{
    public const string Channel = "agreementtracker_read_models_changed";

    /// <summary>PostgreSQL's limit on a notification's payload is 8,000 bytes; a uuid and its comma take 37.</summary>
    private const int MostStreams = 200;

    public static string Payload(IReadOnlyCollection<Guid> streamIds) =>
        streamIds.Count is > 0 and <= MostStreams ? string.Join(',', streamIds) : "";

    /// <summary>The streams a payload names, or null for "anything may have changed".</summary>
    public static IReadOnlyList<Guid>? Streams(string payload)
    {
        var ids = new List<Guid>();
        foreach (var part in payload.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Guid.TryParse(part, out var id))
                return null;
            ids.Add(id);
        }
        return ids.Count == 0 ? null : ids;
    }
}
