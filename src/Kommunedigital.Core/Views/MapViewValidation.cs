using System.Diagnostics.CodeAnalysis;

namespace Kommunedigital.Core.Views;

/// <summary>
/// A view read strictly from a query string (for downloads): either a valid view or the errors that make the
/// request a 400. <see cref="Errors"/> is keyed by the canonical query name (<see cref="QueryNames"/>) and can be
/// passed as is to a validation problem response.
/// </summary>
/// <param name="View">The view when <see cref="IsValid"/>; otherwise null.</param>
/// <param name="Errors">Bokmål messages per query name; empty when valid.</param>
public sealed record MapViewValidation(MapView? View, IReadOnlyDictionary<string, string[]> Errors)
{
    [MemberNotNullWhen(true, nameof(View))]
    public bool IsValid => View is not null && Errors.Count == 0;
}
