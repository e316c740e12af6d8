namespace AgreementTracker.GraphQL.Execution;

/// <summary>Either a stream of results (one per event) or the errors that prevented subscribing.</summary>
public sealed class SubscriptionResult
{
    private SubscriptionResult(IAsyncEnumerable<ExecutionResult>? stream, ExecutionResult? failure)
    {
        Stream = stream;
        Failure = failure;
    }

    public IAsyncEnumerable<ExecutionResult>? Stream { get; }

    /// <summary>Set when subscribing failed; <see cref="ExecutionResult.IsRequestError"/> tells whether before execution.</summary>
    public ExecutionResult? Failure { get; }

    public bool IsSuccess => Stream is not null;

    internal static SubscriptionResult Succeeded(IAsyncEnumerable<ExecutionResult> stream) => new(stream, null);

    internal static SubscriptionResult Failed(ExecutionResult failure) => new(null, failure);
}
