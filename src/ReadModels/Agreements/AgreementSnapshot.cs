using AgreementTracker.Domain.Agreements;

namespace AgreementTracker.ReadModels.Agreements;

/// <summary>An agreement folded from its stream, and the stream version it was folded to.</summary>
public sealed record AgreementSnapshot(AgreementState State, long Version);
