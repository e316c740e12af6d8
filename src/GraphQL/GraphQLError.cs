using System.Text.Json.Serialization;
using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL;

/// <summary>
/// An error in the shape the GraphQL specification prescribes for responses:
/// a message, the source locations it refers to, the response path and extensions (carrying "code").
/// It is an exception so parsers and resolvers can throw it; it is also returned inside results.
/// </summary>
[JsonConverter(typeof(GraphQLErrorJsonConverter))]
public sealed class GraphQLError : Exception
{
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        string? code = null,
        Exception? innerException = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message, innerException)
    {
        Locations = locations;
        Path = path;
        Code = code;
        Extensions = extensions;
    }

    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>Response path: field names (string) and list indices (int).</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Machine-readable category written as <c>extensions.code</c>.</summary>
    public string? Code { get; }

    /// <summary>Additional extension entries besides <c>code</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    public static IReadOnlyList<SourceLocation> LocationsOf(params ReadOnlySpan<Node?> nodes)
    {
        var locations = new List<SourceLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node is not null) locations.Add(node.Location.Start);
        }
        return locations;
    }

    public static IReadOnlyList<SourceLocation> LocationsOf<TNode>(IReadOnlyList<TNode> nodes) where TNode : Node
    {
        var locations = new SourceLocation[nodes.Count];
        for (var i = 0; i < nodes.Count; i++) locations[i] = nodes[i].Location.Start;
        return locations;
    }
}
