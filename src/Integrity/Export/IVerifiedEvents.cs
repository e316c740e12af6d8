namespace AgreementTracker.Integrity.Export;

/// <summary>
/// What <see cref="ExportVerifier"/> has verified, told as it goes, for a reader who needs the events themselves (a
/// replay) in the same pass over the file: the manifest once its checkpoint's signature verifies, then each event it
/// accepts, in file order. Whatever it is told counts only if the report is valid.
/// </summary>
public interface IVerifiedEvents
{
    void Manifest(ExportManifest manifest);

    void Event(ExportedEvent e);
}
