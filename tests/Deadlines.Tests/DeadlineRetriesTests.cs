using AgreementTracker.ReadModels.Sql;
using Marten.Exceptions;
using Npgsql;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>Which failures of a deadline's handler are the database being away (tried again) and which are not (dead letters).</summary>
public sealed class DeadlineRetriesTests
{
    [Theory]
    [InlineData("57P03")] // the database system is starting up
    [InlineData("57P01")] // terminating connection due to administrator command
    [InlineData("57P02")] // crash shutdown
    public void PostgreSQL_shutting_down_or_starting_up_is_the_database_away_also_when_Marten_wraps_it(string sqlState)
    {
        var away = new PostgresException("away", "FATAL", "FATAL", sqlState);

        Assert.True(DatabaseAway.Is(away));
        Assert.True(DatabaseAway.Is(new MartenCommandException(new NpgsqlCommand("SELECT 1"), away)));
    }

    [Fact]
    public void A_refused_statement_or_a_bug_is_not_the_database_away()
    {
        Assert.False(DatabaseAway.Is(new PostgresException("duplicate key", "ERROR", "ERROR", "23505")));
        Assert.False(DatabaseAway.Is(new InvalidOperationException("a bug")));
    }
}
