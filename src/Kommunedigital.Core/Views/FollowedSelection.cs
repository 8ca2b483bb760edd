using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Views;

/// <summary>Where a selected municipality goes when the year changes.</summary>
/// <param name="Code">The shape code to select in the new year, or null when the municipality has no counterpart.</param>
/// <param name="Note">A bokmål note for the reader (why it was dropped, or that it became part of another); null when none.</param>
public sealed record FollowedSelection(MunicipalityCode? Code, string? Note);
