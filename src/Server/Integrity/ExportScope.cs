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

/// <summary>An export that cannot be made, for a reason the person asking can act on.</summary>
public class ExportException(string message) : Exception(message);

/// <summary>The id is one, but of no agreement (or organisation) there is.</summary>
public sealed class UnknownExportIdException(string message) : ExportException(message);
