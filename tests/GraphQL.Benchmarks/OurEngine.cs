using System.Buffers;
using System.Text.Json;
using AgreementTracker.GraphQL.Execution;

namespace AgreementTracker.GraphQL.Benchmarks;

/// <summary>Our request pipeline answering one query, the response written as UTF-8 JSON into a reused buffer.</summary>
internal sealed class OurEngine(GraphQLExecutor executor, string query) : IEngineRun
{
    private readonly GraphQLRequest _request = new() { Query = query };
    private readonly ArrayBufferWriter<byte> _response = new();
    private readonly Utf8JsonWriter _writer = new(Stream.Null, ExecutionResult.JsonOptions);

    public async Task<ReadOnlyMemory<byte>> RunAsync()
    {
        var result = await executor.ExecuteAsync(_request);
        if (result.Errors is { Count: > 0 } errors) throw new InvalidOperationException("ours: " + errors[0].Message);
        _response.ResetWrittenCount();
        _writer.Reset(_response);
        result.WriteTo(_writer);
        _writer.Flush();
        return _response.WrittenMemory;
    }
}
