using AgreementTracker.Deadlines.Handling;
using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.EventStore;
using AgreementTracker.Messaging;
using Microsoft.Extensions.Logging;

namespace AgreementTracker.Deadlines;

/// <summary>The handlers of every deadline <see cref="DeadlineSchedule"/> schedules; register them with the node's message runner.</summary>
public static class DeadlineHandlers
{
    /// <param name="store">Configured with <c>AgreementEventStore.CreateOptions(clock)</c>: deadlines fold agreements and expire them by command.</param>
    /// <param name="clock">Decides "today" for every check and for the expiry command.</param>
    public static MessageHandlers Register(MessageHandlers handlers, StreamStore store, TimeProvider clock, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        var deadline = new DeadlineHandler(store, clock, logger);
        return handlers
            .Handle(AgreementEnding.MessageKind, (m, ct) => deadline.NotifyAsync<AgreementEnding.Due>(m, AgreementEnding.Check, ct))
            .Handle(PaymentOverdue.MessageKind, (m, ct) => deadline.NotifyAsync<PaymentOverdue.Due>(m, PaymentOverdue.Check, ct))
            .Handle(KpiReportMissing.MessageKind, (m, ct) => deadline.NotifyAsync<KpiReportMissing.Due>(m, KpiReportMissing.Check, ct))
            .Handle(MeetingsBehind.MessageKind, (m, ct) => deadline.NotifyAsync<MeetingsBehind.Due>(m, MeetingsBehind.Check, ct))
            .Handle(AgreementExpiry.MessageKind, deadline.ExpireAsync);
    }
}
