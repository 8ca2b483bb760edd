using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Klass;

/// <summary>A municipality number valid on 1 January of a survey year, with the shape it is drawn on.</summary>
/// <param name="Code">The number as a survey file of that year writes it (2019: Rindal is 5061).</param>
/// <param name="ShapeCode">
/// The code of the municipality in the boundary set the year is drawn on (2019 is drawn on the 2018 set, so
/// 5061 → 1567). Equal to <paramref name="Code"/> unless the number changed without a new boundary set.
/// </param>
/// <param name="Name">The name valid that year according to KLASS ("Nordreisa" in 2018, "Nordreisa - Ráisa - Raisi" in 2019).</param>
public sealed record ValidNumber(MunicipalityCode Code, MunicipalityCode ShapeCode, string Name);
