using AgreementTracker.Integrity.Export;

namespace AgreementTracker.Verifier;

/// <summary>Tells each of several readers what the verifier has verified, in the one pass over the export.</summary>
internal sealed class EachOf(params IVerifiedEvents[] readers) : IVerifiedEvents
{
    public void Manifest(ExportManifest manifest)
    {
        foreach (var reader in readers)
            reader.Manifest(manifest);
    }

    public void Event(ExportedEvent e)
    {
        foreach (var reader in readers)
            reader.Event(e);
    }
}
