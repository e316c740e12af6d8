namespace AgreementTracker.EmbeddedPostgres;

/// <summary>The PostgreSQL server programs this machine has: initdb, pg_ctl and postgres in one folder.</summary>
public sealed record PostgresBinaries(string Directory)
{
    public string InitDb => Path.Combine(Directory, "initdb");
    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    /// <summary>
    /// Looks on PATH first, then in Debian's and Ubuntu's versioned folders (newest version first),
    /// because the distributions' packages do not put initdb on PATH.
    /// </summary>
    public static PostgresBinaries Locate() =>
        Locate((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries), "/usr/lib/postgresql");

    internal static PostgresBinaries Locate(IEnumerable<string> pathFolders, string distributionRoot)
    {
        foreach (var folder in pathFolders.Concat(VersionedFolders(distributionRoot)))
        {
            if (File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")))
                return new PostgresBinaries(folder);
        }
        throw new PostgresBinariesNotFoundException(
            "No PostgreSQL server binaries (initdb, pg_ctl) were found on PATH or in /usr/lib/postgresql/*/bin. " +
            "Install PostgreSQL 14 or newer (Debian/Ubuntu: `apt-get install postgresql`), " +
            "or point the server at an existing database with --connection \"Host=...;Database=...;Username=...;Password=...\" " +
            "or the environment variable ConnectionStrings__AgreementTracker.");
    }

    private static IEnumerable<string> VersionedFolders(string distributionRoot)
    {
        if (!System.IO.Directory.Exists(distributionRoot))
            yield break;
        var versions = System.IO.Directory.GetDirectories(distributionRoot)
            .Select(dir => (dir, version: int.TryParse(Path.GetFileName(dir), out var v) ? v : 0))
            .OrderByDescending(x => x.version);
        foreach (var (dir, _) in versions)
            yield return Path.Combine(dir, "bin");
    }
}

public sealed class PostgresBinariesNotFoundException(string message) : Exception(message);
