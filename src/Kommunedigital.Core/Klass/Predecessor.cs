namespace Kommunedigital.Core.Klass;

/// <summary>A municipality of the earlier year that (partly) became a municipality of the later year.</summary>
/// <param name="Number">Its number, shape code and name in the earlier year.</param>
/// <param name="Whole">
/// True when all of its territory went into this successor; false when only part did (it was split, or part of it
/// became a new municipality).
/// </param>
public sealed record Predecessor(ValidNumber Number, bool Whole);
