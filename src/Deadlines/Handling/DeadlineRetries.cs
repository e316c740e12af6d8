using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.ReadModels.Sql;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.Core;
using Wolverine.Configuration;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace AgreementTracker.Deadlines.Handling;

/// <summary>
/// A deadline whose handler finds the database away (restarting after a crash, still recovering, the connection cut)
/// is tried again, first at once and then later, instead of becoming a dead letter: the database comes back, and the
/// deadline still has to be handled. Any other failure still goes to the dead letters at once.
/// </summary>
public sealed class DeadlineRetries : IHandlerPolicy
{
    public void Apply(IReadOnlyList<HandlerChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains.Where(c => typeof(IDeadlinePayload).IsAssignableFrom(c.MessageType)))
            chain.OnException(DatabaseAway.Is)
                .RetryWithCooldown(1.Seconds(), 5.Seconds())
                .Then.ScheduleRetry(30.Seconds(), 2.Minutes(), 10.Minutes(), 1.Hours());
    }
}
