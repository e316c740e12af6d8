using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

/// <summary>A request to change one agreement's stream; <see cref="Agreement.Decide"/> accepts or refuses it.</summary>
public interface IAgreementCommand
{
    AgreementId AgreementId { get; }
}
