namespace AgreementTracker.Integrity.Tests;

// The integrity layer knows no agreements: its tests append events of their own.
public sealed record CounterStarted(string Name);

public sealed record Counted(int By, string Note);
