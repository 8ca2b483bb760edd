namespace Kommunedigital.Core.Views;

/// <summary>
/// A view read leniently from a query string (for the page): always a usable view, plus one bokmål note per
/// value that was unknown and fell back to its default, e.g. "Ukjent år «1999». Viser 2024.".
/// </summary>
/// <param name="View">The view to show; every part of it exists in the dataset and the year's structure.</param>
/// <param name="Notes">Bokmål notes to show the reader, in query-name order; empty when the link was fully understood.</param>
public sealed record MapViewParseResult(MapView View, IReadOnlyList<string> Notes);
