using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AgreementTracker.Identity;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a server or a database.</summary>
public sealed class IdentityDatabaseDesignTime : IDesignTimeDbContextFactory<IdentityDatabase>
{
    public IdentityDatabase CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<IdentityDatabase>().UseNpgsql("Host=localhost;Database=design").UseOpenIddict().Options);
}
