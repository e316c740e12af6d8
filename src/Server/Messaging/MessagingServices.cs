using AgreementTracker.Agreements.Changes;
using AgreementTracker.Deadlines;
using AgreementTracker.Deadlines.Handling;
using JasperFx.CodeGeneration;
using JasperFx.Core;
using Wolverine;

namespace AgreementTracker.Server.Messaging;

/// <summary>
/// Wolverine: the command handlers behind the mutations, and the deadlines as durable scheduled messages stored in the
/// events' transaction (the outbox). Its handler code is generated ahead of time into <c>Internal/Generated</c>
/// (<c>codegen write</c>) and loaded statically, so no compiler runs in the server.
/// </summary>
public static class MessagingServices
{
    public const string LateAfterSecondsKey = "Messaging:LateAfterSeconds";

    /// <param name="generatedCodeOutputPath">Where <c>codegen write</c> puts the handler code; null when serving.</param>
    public static void ConfigureMessaging(WolverineOptions options, string? generatedCodeOutputPath = null)
    {
        options.ApplicationAssembly = typeof(MessagingServices).Assembly;
        options.CodeGeneration.TypeLoadMode = TypeLoadMode.Static;
        if (generatedCodeOutputPath is not null)
            options.CodeGeneration.GeneratedCodeOutputPath = generatedCodeOutputPath;
        options.HandleChanges();
        options.Discovery.IncludeAssembly(typeof(DeadlineSchedule).Assembly);
        options.Policies.Add(new DeadlineRetries());
        options.Policies.AutoApplyTransactions();
        options.Policies.UseDurableLocalQueues();
        options.Durability.ScheduledJobPollingTime = 5.Seconds();
        // Each poll moves at most this many due deadlines into the node's queue. At Wolverine's 100 the national import's
        // 12,400 deadlines falling due at once were worked off at 100 a node per poll (40 a second on two nodes), which
        // outlasted the fault soak's patience; they stay in the durable inbox until handled, so a larger page loses nothing.
        options.Durability.RecoveryBatchSize = 1000;
    }
}
