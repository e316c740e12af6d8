using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace AgreementTracker.GraphQL.Benchmarks.GraphQLNet;

/// <summary>
/// GraphQL.NET 8 answering one query over the benchmark data, the response written as UTF-8 JSON into a
/// reused buffer. GraphQL.NET 8.8.5 ships no document cache, so "cached" does what its cache packages do
/// on a hit: the parsed document is handed in and no validation rules run again.
/// </summary>
internal sealed class GraphQLNetEngine(Schema schema, Dictionary<string, object?> root, string query, bool cached) : IEngineRun
{
    private readonly DocumentExecuter _executer = new();
    private readonly GraphQLSerializer _serializer = new();
    private readonly MemoryStream _response = new();
    private readonly GraphQLDocument _document = Parser.Parse(query);

    public static Schema CreateSchema() => new() { Query = new QueryGraphType() };

    public async Task<ReadOnlyMemory<byte>> RunAsync()
    {
        var options = new ExecutionOptions { Schema = schema, Query = query, Root = root };
        if (cached)
        {
            options.Document = _document;
            options.ValidationRules = [];
        }
        var result = await _executer.ExecuteAsync(options);
        if (result.Errors is { Count: > 0 } errors) throw new InvalidOperationException("GraphQL.NET: " + errors[0].Message);
        _response.SetLength(0);
        await _serializer.WriteAsync(_response, result);
        return _response.GetBuffer().AsMemory(0, (int)_response.Length);
    }
}
