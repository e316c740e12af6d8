using Marten;

namespace AgreementTracker.Agreements.Changes;

/// <summary>The first answer to a repeated idempotency key, or none (a value, so that a handler's before-step can hand on "none").</summary>
public sealed record EarlierAnswer<TState>(StreamChange<TState>? Change)
    where TState : class
{
    public static async Task<EarlierAnswer<TState>> FindAsync(IDocumentSession session, Guid streamId, CommandRequest request, CancellationToken ct)
    {
        if (await CommandReceipt.EarlierAsync(session, streamId, request, ct) is not { } receipt)
            return new EarlierAnswer<TState>(Change: null);
        var state = await session.Events.AggregateStreamAsync<TState>(streamId, version: receipt.Version, token: ct);
        return new EarlierAnswer<TState>(new StreamChange<TState>(streamId, state!, receipt.PreviousVersion, receipt.Version, Repeated: true));
    }
}
