using System.Text;
using AgreementTracker.TestSupport;

namespace AgreementTracker.EventStore.Tests;

/// <summary>The hashed form of a body must be exactly what PostgreSQL prints for the stored jsonb.</summary>
public sealed class CanonicalJsonTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    public static TheoryData<string> Documents => new()
    {
        """{"b":1,"a":2,"aa":3,"ab":{"z":[],"y":{}}}""",
        """{"a":1,"a":2}""",
        """[1E+20,-0,-0.0,1.50,1e-3,2.5E-05,100e-5,0.000,12.3456e1,-1E-2,123456789012345678901234567890,-0.5,-0e3,0e-2,-0.0e1]""",
        """{"text":"quote \" backslash \\ slash \/ tab \t newline \n bell \u0007 unicode \u00e9 \u2028 emoji \ud83d\ude00 del \u007f"}""",
        """{"nested":[{"k":true},{"k":false},{"k":null}],"":"empty key","ü":"non-ascii key","é":1,"e":2}""",
        """   {  "spaced"  :  [ 1 , 2 ]  }   """,
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Canonical_json_equals_what_postgres_prints_for_jsonb(string json)
    {
        await using var command = database.DataSource.CreateCommand("SELECT $1::jsonb::text");
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = json });
        var printed = (string)(await command.ExecuteScalarAsync())!;

        Assert.Equal(printed, Encoding.UTF8.GetString(CanonicalJson.Canonicalize(json)));
        Assert.Equal(printed, Encoding.UTF8.GetString(CanonicalJson.Canonicalize(printed)));
    }

    [Fact]
    public void A_nul_character_is_refused_because_jsonb_cannot_store_it()
    {
        var error = Assert.Throws<ArgumentException>(() => CanonicalJson.Canonicalize("""{"a":"x\u0000y"}"""));
        Assert.Contains("U+0000", error.Message);
    }
}
