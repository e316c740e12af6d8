namespace AgreementTracker.GraphQL.Benchmarks;

/// <summary>One engine's whole operation for one query: execute it and write the response as UTF-8 JSON.</summary>
internal interface IEngineRun
{
    /// <summary>The response bytes, valid until the next run.</summary>
    Task<ReadOnlyMemory<byte>> RunAsync();
}
