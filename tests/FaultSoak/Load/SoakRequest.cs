namespace AgreementTracker.FaultSoak.Load;

/// <summary>
/// One request a client means to make, sent again unchanged (same idempotency key, same correlation id) until it has an
/// answer. A mutation names the stream it writes (chosen by the client for what it creates); a query names none.
/// </summary>
internal sealed record SoakRequest(string Operation, string Field, byte[] Body, Guid? Stream, string? IdempotencyKey, string CorrelationId)
{
    public bool IsMutation => Stream is not null;
}
