using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Kommunedigital.Web.Publishing;

/// <summary>Identity's messages for the errors a publisher or an operator can meet, in bokmål.</summary>
public sealed class NorwegianIdentityErrors : IdentityErrorDescriber
{
    private static readonly CultureInfo Nb = CultureInfo.GetCultureInfo("nb-NO");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), string.Create(Nb, $"Passordet må ha minst {length} tegn."));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), string.Create(Nb, $"Passordet må ha minst {uniqueChars} forskjellige tegn."));

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Passordet må ha minst ett siffer.");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Passordet må ha minst én liten bokstav.");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Passordet må ha minst én stor bokstav.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Passordet må ha minst ett tegn som verken er bokstav eller siffer.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"E-postadressen {email} har allerede en konto.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Brukernavnet {userName} er allerede i bruk.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"«{email}» er ikke en gyldig e-postadresse.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"«{userName}» kan ikke brukes som brukernavn (bare bokstaver, sifre og -._@+).");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"Kontoen har allerede rollen {role}.");

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Det oppstod en ukjent feil.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
