using Npgsql;

namespace AgreementTracker.Server.Hosting;

/// <summary>The one pool of connections that Marten, Wolverine and the read models share.</summary>
public static class ServerDataSource
{
    /// <summary>Statements a connection keeps prepared once they have run twice, unless the connection string says otherwise.</summary>
    public const int AutoPreparedStatements = 64;

    /// <summary>
    /// Npgsql's automatic preparation, on unless the connection string sets <c>Max Auto Prepare</c>. Besides saving the
    /// parse and plan of every repeated statement, a connection with prepared statements is reset without
    /// <c>DISCARD ALL</c> when it goes back to the pool, so PostgreSQL keeps the plans inside Marten's append function
    /// and the integrity trigger instead of planning them again on every command.
    /// </summary>
    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
            builder.ConnectionStringBuilder.MaxAutoPrepare = AutoPreparedStatements;
        return builder.Build();
    }
}
