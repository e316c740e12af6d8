using JasperFx;
using JasperFx.Core;
using Marten;
using Marten.Exceptions;
using Wolverine;
using Wolverine.ErrorHandling;

namespace AgreementTracker.Agreements.Changes;

/// <summary>How Wolverine finds and retries the change handlers.</summary>
public static class ChangePolicies
{
    public static WolverineOptions HandleChanges(this WolverineOptions options)
    {
        options.Discovery.IncludeAssembly(typeof(ChangeAgreementHandler).Assembly);
        // Another writer committed between our read and our write: decide again against what they wrote. A writer only
        // loses a round to another's commit, so with nine retries ten people changing one agreement at once all get
        // their change; beyond that the last are told to retry (a conflict).
        options.OnException<ConcurrencyException>()
            .RetryWithCooldown(5.Milliseconds(), 10.Milliseconds(), 20.Milliseconds(), 30.Milliseconds(), 50.Milliseconds(),
                50.Milliseconds(), 100.Milliseconds(), 100.Milliseconds(), 100.Milliseconds())
            .WithFullJitter();
        // Two writers starting the same stream: the loser decides again, and the domain tells it the stream exists.
        options.OnException<ExistingStreamIdCollisionException>().RetryOnce();
        // Two requests with one idempotency key at once: the loser runs again and is answered from the winner's receipt.
        options.OnException<DocumentAlreadyExistsException>().RetryOnce();
        return options;
    }
}
