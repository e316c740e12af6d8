using System.Reflection;

namespace AgreementTracker.Verifier.Tests;

/// <summary>
/// Where this project's sources and the repository's files are: the JavaScript verifier, page-run.mjs and the evidence
/// specification are used where they live in the source tree, not copied beside the tests.
/// </summary>
internal static class SourceTree
{
    public static readonly string ProjectDirectory = typeof(SourceTree).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!;

    /// <summary>A path given from the repository's root.</summary>
    public static string InRepository(params string[] path) =>
        Path.GetFullPath(Path.Combine([ProjectDirectory, "..", "..", .. path]));
}
