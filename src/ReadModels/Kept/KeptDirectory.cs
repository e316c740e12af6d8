using AgreementTracker.ReadModels.Organisations;

namespace AgreementTracker.ReadModels.Kept;

/// <summary>
/// The whole organisation directory as last read, while this node hears every change: it is small, every request
/// names organisations, and it changes rarely. Any change forgets it, since a new stream may be a new organisation.
/// </summary>
internal sealed class KeptDirectory
{
    private readonly HeardChanges _heard;
    private volatile IReadOnlyDictionary<Guid, OrganisationEntry>? _entries;

    public KeptDirectory(HeardChanges heard)
    {
        _heard = heard;
        heard.OnChange(_ => _entries = null);
    }

    public IReadOnlyDictionary<Guid, OrganisationEntry>? Entries => _entries;

    /// <summary>Whether a whole directory read now could be kept.</summary>
    public bool Keeping => _heard.IsListening;

    public long Generation => _heard.Generation;

    public void Keep(IReadOnlyDictionary<Guid, OrganisationEntry> entries, long readAt) => _heard.KeepIf(readAt, () => _entries = entries);
}
