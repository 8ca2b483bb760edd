using System.Diagnostics.CodeAnalysis;
using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// Which numbers a survey file may use for a year: without KLASS change lists, the codes of the boundary set in
/// force on 1 January of the year, each drawn as itself.
/// </summary>
internal class SurveyNumbering
{
    private readonly HashSet<MunicipalityCode> _known;

    public SurveyNumbering(BoundaryCatalog boundaries)
    {
        Boundaries = boundaries;
        _known = boundaries.Sets.SelectMany(s => s.Municipalities).Select(m => m.Code).ToHashSet();
    }

    public BoundaryCatalog Boundaries { get; }

    /// <summary>True for a number valid in some year: the content test for a code column.</summary>
    public virtual bool IsKnown(MunicipalityCode code) => _known.Contains(code);

    /// <summary>The boundary set <paramref name="year"/> is drawn on, or null before the oldest.</summary>
    public virtual BoundarySet? SetFor(int year) => Boundaries.ForYear(year);

    /// <summary>The number <paramref name="code"/> if it is valid on 1 January of <paramref name="year"/>.</summary>
    public virtual bool TryGet(int year, MunicipalityCode code, [NotNullWhen(true)] out NumberInYear? number)
    {
        number = null;
        if (SetFor(year) is { } set && set.TryGetMunicipality(code, out var municipality))
        {
            number = new NumberInYear(code, code, municipality.Name);
        }

        return number is not null;
    }
}
