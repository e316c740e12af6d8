namespace AgreementTracker.Integrity.Export;

/// <summary>
/// The log, or the history it covers, no longer holds what was logged and signed: rows were removed or rewritten behind
/// the append-only guards (a superuser with the triggers off). Unlike an event not yet logged, this does not pass.
/// </summary>
public sealed class BrokenLogException(string message) : InvalidOperationException(message);
