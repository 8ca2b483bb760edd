using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Klass;

/// <summary>
/// A change of a municipality's territory that keeps its number and is missing from KLASS's grouping and change
/// lists: found by overlaying the boundary sets (more than 5 % of the shape exchanged with neighbours) and listed in
/// the KLASS manifest, where a test holds it against the geometry.
/// </summary>
/// <param name="EffectiveYear">The year from whose 1 January the new boundary applies.</param>
/// <param name="Code">The municipality's code in the boundary set taking effect that year.</param>
public sealed record BoundaryAdjustment(int EffectiveYear, MunicipalityCode Code);
