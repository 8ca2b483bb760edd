using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Klass;

namespace Kommunedigital.Core.Views;

/// <summary>
/// The one place that decides which number and name a reader shows for a shape in a year. The number is the one
/// valid on 1 January of the year from SSB KLASS (<see cref="DataSnapshot.Correspondence"/>); the name is the
/// boundary set's official name unless KLASS renamed the municipality after the set took effect and no later than
/// the year (2019: "Nordreisa - Ráisa - Raisi" on the 2018 set), then KLASS's. Without KLASS, the set's own.
/// </summary>
internal sealed class YearNumbers
{
    private readonly YearNumbering? _year;
    private readonly YearNumbering? _setYear;

    private YearNumbers(YearNumbering? year, YearNumbering? setYear)
    {
        _year = year;
        _setYear = setYear;
    }

    /// <summary>The numbers of <paramref name="year"/> on <paramref name="structure"/> from the snapshot's KLASS, if any.</summary>
    public static YearNumbers For(DataSnapshot data, int year, BoundarySet structure) =>
        For(data.Correspondence?.Numbering, year, structure);

    /// <summary>
    /// The numbers of <paramref name="year"/> on <paramref name="structure"/>; the set's own codes and names when
    /// <paramref name="numbering"/> is null or draws the year on another set.
    /// </summary>
    public static YearNumbers For(MunicipalNumbering? numbering, int year, BoundarySet structure)
    {
        if (numbering?.ForYear(year) is { } numbers && numbers.Boundaries.Id == structure.Id &&
            numbering.ForYear(structure.ValidFrom.Year) is { } setYear && setYear.Boundaries.Id == structure.Id)
        {
            return new YearNumbers(numbers, setYear);
        }

        return new YearNumbers(null, null);
    }

    /// <summary>The KLASS numbering of the year, or null when the set's own codes and names apply.</summary>
    public YearNumbering? Numbering => _year;

    /// <summary>The number and name shown for <paramref name="municipality"/>'s shape that year (2019: 1567 → 5061 Rindal).</summary>
    public ValidNumber Of(Municipality municipality)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        if (_year is null || _setYear is null || !_year.TryGetByShape(municipality.Code, out var number))
        {
            return new ValidNumber(municipality.Code, municipality.Code, municipality.Name);
        }

        var renamed = !_setYear.TryGetByShape(municipality.Code, out var before) || before.Name != number.Name;
        return number with { Name = renamed ? number.Name : municipality.Name };
    }
}
