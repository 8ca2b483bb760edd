using System.Diagnostics.CodeAnalysis;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Klass;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// Which numbers a survey file may use for a year. With KLASS (<see cref="MunicipalNumbering"/>): the numbers valid
/// on 1 January of the year, each drawn as the shape it denotes (2019: 5061 Rindal drawn as 1567). Without: the codes
/// of the boundary set in force on 1 January, each drawn as itself.
/// </summary>
internal sealed class SurveyNumbering
{
    private readonly MunicipalNumbering? _klass;

    // MunicipalNumbering.ForYear builds a new numbering for each year after its last known one; ask once per year.
    private readonly Dictionary<int, YearNumbering?> _years = [];
    private readonly HashSet<MunicipalityCode> _known;

    public SurveyNumbering(BoundaryCatalog boundaries)
    {
        ArgumentNullException.ThrowIfNull(boundaries);
        Boundaries = boundaries;
        _known = boundaries.Sets.SelectMany(s => s.Municipalities).Select(m => m.Code).ToHashSet();
    }

    public SurveyNumbering(MunicipalNumbering numbering)
        : this((numbering ?? throw new ArgumentNullException(nameof(numbering))).Boundaries)
    {
        _klass = numbering;
        var first = numbering.Boundaries.Sets[0].ValidFrom.Year;
        var last = Math.Max(numbering.Boundaries.Sets[^1].ValidFrom.Year, numbering.Klass.ChangeLists.Select(c => c.EffectiveYear).DefaultIfEmpty(first).Max());
        for (var year = first; year <= last; year++)
        {
            _known.UnionWith(numbering.ForYear(year)!.Numbers.Select(n => n.Code));
        }
    }

    public BoundaryCatalog Boundaries { get; }

    /// <summary>True for a number valid in some year: the content test for a code column.</summary>
    public bool IsKnown(MunicipalityCode code) => _known.Contains(code);

    /// <summary>The boundary set <paramref name="year"/> is drawn on, or null before the oldest.</summary>
    public BoundarySet? SetFor(int year) => _klass is null ? Boundaries.ForYear(year) : YearOf(year)?.Boundaries;

    /// <summary>The number <paramref name="code"/> if it is valid on 1 January of <paramref name="year"/>.</summary>
    public bool TryGet(int year, MunicipalityCode code, [NotNullWhen(true)] out NumberInYear? number)
    {
        number = null;
        if (_klass is not null)
        {
            if (YearOf(year) is { } numbering && numbering.TryGet(code, out var valid))
            {
                number = new NumberInYear(valid.Code, valid.ShapeCode, valid.Name);
            }
        }
        else if (Boundaries.ForYear(year) is { } set && set.TryGetMunicipality(code, out var municipality))
        {
            number = new NumberInYear(code, code, municipality.Name);
        }

        return number is not null;
    }

    private YearNumbering? YearOf(int year)
    {
        if (!_years.TryGetValue(year, out var numbering))
        {
            numbering = _klass!.ForYear(year);
            _years[year] = numbering;
        }

        return numbering;
    }
}
