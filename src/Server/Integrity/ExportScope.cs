namespace AgreementTracker.Server.Integrity;

/// <summary>An agreement, an organisation, or everything.</summary>
public sealed record ExportScope(ExportScope.Kind Of, Guid? Id)
{
    public enum Kind { Agreement, Organisation, All }

    public string DefaultFileName => Of switch
    {
        Kind.Agreement => $"agreement-{Id}.jsonl",
        Kind.Organisation => $"organisation-{Id}.jsonl",
        _ => "history.jsonl",
    };
}

/// <summary>An export that cannot be made, for a reason the person running it can act on (a bad or unknown id names its option).</summary>
public sealed class ExportException(string message) : Exception(message);
