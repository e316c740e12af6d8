using AgreementTracker.Server.Hosting;

namespace AgreementTracker.Server.Integrity;

/// <summary>
/// How the server signs the log over all events: how often, with which key file, and where it also writes each
/// checkpoint outside the database (a folder, a URL).
/// </summary>
public sealed record IntegritySettings(TimeSpan SignEvery, string SigningKeyFile, string? CheckpointFolder, Uri? CheckpointUrl)
{
    public const string SignEveryKey = "Integrity:SignEvery";
    public const string SigningKeyFileKey = "Integrity:SigningKeyFile";
    public const string CheckpointFolderKey = "Integrity:CheckpointFolder";
    public const string CheckpointUrlKey = "Integrity:CheckpointUrl";

    public static readonly TimeSpan DefaultSignEvery = TimeSpan.FromHours(1);

    /// <summary>
    /// An auditor needs a checkpoint at least monthly; and a wait on the clock cannot be longer than about 49 days
    /// (a timer's limit), past which the signer would stop the server.
    /// </summary>
    public static readonly TimeSpan LongestSignEvery = TimeSpan.FromDays(30);

    /// <summary>
    /// The settings configured; the key file defaults to <c>signing-key.pem</c> beside the private PostgreSQL's folder
    /// (<c>.data/signing-key.pem</c> unless <c>--data</c> says otherwise), outside the database it vouches for.
    /// </summary>
    public static IntegritySettings From(IConfiguration configuration)
    {
        var keyFile = configuration[SigningKeyFileKey] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(Path.GetDirectoryName(ServerDatabase.DataDirectory(configuration))!, "signing-key.pem");
        var folder = configuration[CheckpointFolderKey] is { Length: > 0 } f ? Path.GetFullPath(f) : null;
        return new IntegritySettings(ReadSignEvery(configuration), keyFile, folder, ReadCheckpointUrl(configuration));
    }

    private static Uri? ReadCheckpointUrl(IConfiguration configuration)
    {
        var text = configuration[CheckpointUrlKey];
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? url
            : throw new ServerStartException($"{CheckpointUrlKey} must be an absolute http or https URL; it is '{text}'.");
    }

    private static TimeSpan ReadSignEvery(IConfiguration configuration)
    {
        var text = configuration[SignEveryKey];
        if (string.IsNullOrWhiteSpace(text))
            return DefaultSignEvery;
        return TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var every) && every > TimeSpan.Zero && every <= LongestSignEvery
            ? every
            : throw new ServerStartException($"{SignEveryKey} must be a positive time span of at most {LongestSignEvery.Days} days, such as 01:00:00 (an hour) or 1.00:00:00 (a day); it is '{text}'.");
    }
}
