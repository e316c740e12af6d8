using AgreementTracker.Identity.Keys;
using AgreementTracker.Identity.Users;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AgreementTracker.Identity;

/// <summary>
/// Accounts, roles, OpenIddict's clients, authorizations and tokens, and the provider's keys: EF Core tables in the
/// <c>identity</c> schema of the same database as the events, changed only by the migrations in <c>Migrations/</c>.
/// </summary>
public sealed class IdentityDatabase(DbContextOptions<IdentityDatabase> options) : IdentityDbContext<TrackerUser>(options)
{
    public const string Schema = "identity";

    public DbSet<ServerKey> ServerKeys => Set<ServerKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.UseOpenIddict();
        builder.Entity<TrackerUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.OrganisationCvr).HasMaxLength(8);
        });
        builder.Entity<ServerKey>(key =>
        {
            key.ToTable("server_keys");
            key.HasKey(k => k.Purpose);
            key.Property(k => k.Purpose).HasMaxLength(40);
        });
    }
}
