namespace AgreementTracker.EventStore;

/// <summary>A registered event: its CLR type, the stable name stored with it, and its current schema version.</summary>
public sealed record EventType(Type ClrType, string Name, int SchemaVersion);
