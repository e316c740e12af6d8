using System.Globalization;
using AgreementTracker.Integrity.Export;

namespace AgreementTracker.Server.Integrity;

/// <summary>
/// Writes each signed checkpoint as its own JSON file into a folder outside the database (one a mail robot, a backup
/// or a public web folder can take away), named by its time and size so the folder lists them in order.
/// </summary>
public static class CheckpointFolder
{
    /// <returns>The file written.</returns>
    public static async Task<string> WriteAsync(string folder, PublishedCheckpoint published, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var checkpoint = published.Checkpoint;
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture,
            $"checkpoint-{checkpoint.SignedAt.UtcDateTime:yyyyMMdd'T'HHmmss'.'ffffff'Z'}-{checkpoint.Size}.json"));
        // Written whole under another name first, so a reader of the folder never sees half a checkpoint.
        var partial = path + ".partial";
        await File.WriteAllTextAsync(partial, published.ToJson() + "\n", ct);
        File.Move(partial, path, overwrite: true);
        return path;
    }
}
