namespace AgreementTracker.EmbeddedPostgres;

public sealed record PostgresServerOptions
{
    /// <summary>The cluster's folder. It is created and initialised on first start and reused afterwards.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Delete the data folder when the server stops (test clusters).</summary>
    public bool DeleteOnStop { get; init; }

    /// <summary>
    /// Trade durability for speed (fsync and synchronous commit off). Only for throwaway test clusters:
    /// a crash of the machine may lose committed data.
    /// </summary>
    public bool NonDurable { get; init; }

    /// <summary>The port on 127.0.0.1; a free one is chosen when this is null.</summary>
    public int? Port { get; init; }

    /// <summary>Extra server settings passed as -c name=value, e.g. max_connections.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}
