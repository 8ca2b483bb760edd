namespace Kommunedigital.Core.Survey;

/// <summary>How many municipalities of a year's structure the file gives a record for, for one indicator.</summary>
/// <param name="Year">The survey year.</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="Municipalities">Municipalities with a record (a number, an SSB symbol or an empty cell).</param>
/// <param name="StructureMunicipalities">Municipalities in the boundary set the year is drawn on.</param>
/// <param name="StructureId">That boundary set's id ("2020").</param>
public sealed record YearCoverage(int Year, Indicator Indicator, int Municipalities, int StructureMunicipalities, string StructureId)
{
    /// <summary>The covered share, 0-1.</summary>
    public double Share => StructureMunicipalities == 0 ? 0 : (double)Municipalities / StructureMunicipalities;
}
