namespace AgreementTracker.Messaging;

/// <summary>Which code handles which kind of message.</summary>
public sealed class MessageHandlers
{
    private readonly Dictionary<string, Func<Message, CancellationToken, Task>> _byKind = new(StringComparer.Ordinal);

    public MessageHandlers Handle(string kind, Func<Message, CancellationToken, Task> handler)
    {
        if (!_byKind.TryAdd(kind, handler))
            throw new InvalidOperationException($"Messages of kind '{kind}' already have a handler.");
        return this;
    }

    internal Func<Message, CancellationToken, Task>? For(string kind) => _byKind.GetValueOrDefault(kind);
}
