using Marten;
using Wolverine.Persistence;

namespace AgreementTracker.Agreements.Changes;

/// <summary>
/// Written with the events of a command that came with an idempotency key, keyed by <see cref="IdempotencyKeys.CommandIdFor"/>:
/// a repeat of the key is answered from it instead of being decided again. Inserted, never updated, so two identical
/// requests at once cannot both commit: the loser is retried and then finds this receipt.
/// </summary>
public sealed record CommandReceipt(Guid Id, Guid StreamId, long PreviousVersion, long Version)
{
    public static IStorageAction<CommandReceipt> For(CommandRequest request, Guid streamId, long previousVersion, long version) =>
        request.IdempotencyKey is { } key
            ? Storage.Insert(new CommandReceipt(IdempotencyKeys.CommandIdFor(request.Actor, key), streamId, previousVersion, version))
            : Storage.Nothing<CommandReceipt>();

    /// <summary>
    /// The receipt of an earlier command with the request's key, or null. Read after the stream was fetched for writing,
    /// so a receipt committed with events that fetch already sees is found rather than the repeat being refused by the domain.
    /// </summary>
    public static async Task<CommandReceipt?> EarlierAsync(IQuerySession session, Guid streamId, CommandRequest request, CancellationToken ct)
    {
        if (request.IdempotencyKey is not { } key)
            return null;
        var receipt = await session.LoadAsync<CommandReceipt>(IdempotencyKeys.CommandIdFor(request.Actor, key), ct);
        if (receipt is not null && receipt.StreamId != streamId)
            throw new CommandConflictException(streamId, receipt.Version, 0,
                "Idempotensnøglen (idempotencyKey) er allerede brugt til en ændring af en anden aftale eller organisation. Brug en ny nøgle til en ny ændring.");
        return receipt;
    }
}
