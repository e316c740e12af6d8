using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

public sealed record GoalState(GoalId Id, string Description, GoalHardness Hardness, GoalHorizon Horizon);
