using Microsoft.AspNetCore.Identity;

namespace AgreementTracker.Identity.Users;

/// <summary>ASP.NET Core Identity's refusals that reach an administrator, in Danish.</summary>
public sealed class DanishIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"Brugernavnet '{userName}' er allerede i brug." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = $"Brugernavnet '{userName}' kan ikke bruges." };

    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Adgangskoden skal være mindst {length} tegn." };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Adgangskoden skal have mindst {uniqueChars} forskellige tegn." };
}
