namespace AgreementTracker.Domain.Agreements;

/// <summary>
/// An event in an agreement's stream. The stream id is the agreement's id; who, when and why are kept by the event
/// store as metadata, so events carry only domain facts (including domain dates such as a meeting's date).
/// </summary>
public interface IAgreementEvent;
