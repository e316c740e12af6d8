using System.Reflection;

namespace AgreementTracker.GraphQL.Benchmarks;

/// <summary>This project's folder in the source tree (the csproj's ProjectDirectory metadata).</summary>
internal static class ProjectDirectory
{
    public static string Path { get; } = typeof(ProjectDirectory).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "ProjectDirectory").Value!;
}
