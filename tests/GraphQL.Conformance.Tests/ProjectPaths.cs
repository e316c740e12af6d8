using System.Reflection;

namespace AgreementTracker.GraphQL.Conformance.Tests;

/// <summary>Folders of this test project in the source tree (see the csproj's ProjectDirectory metadata).</summary>
internal static class ProjectPaths
{
    public static string Root { get; } = typeof(ProjectPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "ProjectDirectory").Value!;

    public static string Corpus => Path.Combine(Root, "Corpus");

    public static string Fixtures => Path.Combine(Root, "Fixtures");

    public static string Oracle => Path.Combine(Root, "oracle");
}
