using System.Reflection;

namespace AgreementTracker.Api.Schema;

/// <summary>The SDL files of <c>schema/graphql</c>, embedded at build time: the contract the served schema is built from.</summary>
public static class SchemaDefinitionFiles
{
    private const string Prefix = "schema/graphql/";

    /// <summary>File name (e.g. <c>agreements.graphql</c>) and text, in file name order.</summary>
    public static IReadOnlyList<(string Name, string Text)> All { get; } = Load();

    private static IReadOnlyList<(string Name, string Text)> Load()
    {
        var assembly = typeof(SchemaDefinitionFiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => (name[Prefix.Length..], Read(assembly, name)))
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
