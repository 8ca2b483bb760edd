using System.Globalization;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Views;

/// <summary>
/// Reads a <see cref="MapView"/> against the data, and moves from one view to the next. The page, the embed and
/// every download read links here (through <see cref="MapViewQueryString"/>), so a shared link always opens the same
/// view and maps to its downloads; the page's controls change the view here, by the same rules as opening a link.
/// </summary>
/// <remarks>
/// Defaults: indicator prioritering, the latest year of the dataset, the whole country, no selected municipality,
/// quantile classes, the selection's own extent, the level view (no <c>endring</c>). Every view this class returns
/// exists in the data: its year has a boundary structure, its county and municipality are in that structure, and a
/// change view's earlier year is an earlier year of the dataset that SSB KLASS's correspondence links to it.
/// </remarks>
public static class MapViewQuery
{
    /// <summary>The default indicator.</summary>
    public const Indicator DefaultIndicator = Indicator.Prioritering;

    /// <summary>The default classification.</summary>
    public const ClassificationMethod DefaultMethod = ClassificationMethod.Quantile;

    /// <summary>Bokmål name of a method for menus and legends: "Kvantiler", "Like intervaller", "Naturlige brudd (Jenks)".</summary>
    public static string MethodLabel(ClassificationMethod method) => MethodLabel(method, ReaderLanguage.Bokmal);

    /// <summary>The method's name in <paramref name="language"/>: "Quantiles", "Equal intervals", "Natural breaks (Jenks)".</summary>
    public static string MethodLabel(ClassificationMethod method, ReaderLanguage language) => method switch
    {
        ClassificationMethod.Quantile => ReaderText.Get(language, "Method.Quantile"),
        ClassificationMethod.EqualInterval => ReaderText.Get(language, "Method.EqualInterval"),
        ClassificationMethod.NaturalBreaks => ReaderText.Get(language, "Method.NaturalBreaks"),
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>
    /// The years a view can show, ascending: the dataset's years that have a boundary structure. A snapshot
    /// whose dataset has none offers the newest structure's year (every municipality then shows as missing).
    /// </summary>
    public static IReadOnlyList<int> Years(DataSnapshot data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var years = data.Dataset.Years.Where(y => data.Boundaries.ForYear(y) is not null).ToArray();
        return years.Length > 0 ? years : [data.Boundaries.Sets[^1].ValidFrom.Year];
    }

    /// <summary>True when a change view can run from <paramref name="earlier"/> to <paramref name="later"/>: both are survey years, in that order, and KLASS links their municipalities.</summary>
    public static bool CanCompare(DataSnapshot data, int earlier, int later)
    {
        ArgumentNullException.ThrowIfNull(data);
        return earlier < later && data.Correspondence?.Between(earlier, later) is not null;
    }

    /// <summary>The survey years a change view ending in <paramref name="later"/> can start from, ascending (the "Fra år" choices).</summary>
    public static IReadOnlyList<int> ChangeStarts(DataSnapshot data, int later) =>
        [.. Years(data).Where(y => CanCompare(data, y, later))];

    /// <summary>The survey years a change view starting in <paramref name="earlier"/> can end in, ascending (the "Til år" choices and the time control's steps).</summary>
    public static IReadOnlyList<int> ChangeEnds(DataSnapshot data, int earlier) =>
        [.. Years(data).Where(y => CanCompare(data, earlier, y))];

    /// <summary>The view an empty query string opens: prioritering, the latest year, the whole country, quantiles.</summary>
    public static MapView Default(DataSnapshot data) =>
        new(DefaultIndicator, Years(data)[^1], County: null, Municipality: null, DefaultMethod, Extent: null);

    /// <summary>
    /// Reads a view for the page: never fails. An unknown or impossible value falls back to its default with
    /// a bokmål note ("Ukjent år «1999». Viser 2024.", "Fylke 12 finnes ikke i 2024. Viser hele landet.").
    /// </summary>
    /// <param name="query">Query-string names and values (unescaped); other names are ignored.</param>
    /// <param name="data">The snapshot the view must exist in.</param>
    /// <param name="language">The language of the view (from the path) and of its notes; bokmål by default.</param>
    public static MapViewParseResult Parse(IReadOnlyDictionary<string, string?> query, DataSnapshot data, ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        var (view, issues) = Read(MapViewQueryString.Read(query), data, language);
        return Lenient(view, issues);
    }

    /// <summary>
    /// Reads a view for a download: any unknown indicator, year not in the dataset, county or municipality not in
    /// that year's structure, malformed or impossible bbox, unknown method, or a change (<c>endring</c>) that is malformed,
    /// not earlier-later, names a year not in the dataset or has no correspondence is an error (a 400, never a fallback).
    /// </summary>
    /// <param name="query">Query-string names and values (unescaped).</param>
    /// <param name="data">The snapshot the view must exist in.</param>
    /// <param name="language">The language of the view and of the error messages; bokmål by default.</param>
    public static MapViewValidation ParseStrict(IReadOnlyDictionary<string, string?> query, DataSnapshot data, ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        var (view, issues) = Read(MapViewQueryString.Read(query), data, language);
        if (issues.Count == 0)
        {
            return new MapViewValidation(view, new Dictionary<string, string[]>());
        }

        // A county or municipality missing only from the fallback year is not the reader's second mistake.
        var errors = issues
            .Where(i => !i.FollowsFromYear)
            .GroupBy(i => i.Parameter)
            .ToDictionary(g => g.Key, g => g.Select(i => i.Hint.Length == 0 ? i.Problem : $"{i.Problem} {i.Hint}").ToArray());
        return new MapViewValidation(null, errors);
    }

    /// <summary>
    /// The view after the reader picks another year: the selected municipality follows SSB KLASS's correspondence to the
    /// same territory in that year (Tromsø 5501 in 2024 → 5401 in 2022), or is dropped with a note saying why
    /// (<see cref="MunicipalityHistory.Follow"/>); the county is kept when its code exists in that year's structure,
    /// otherwise dropped with a note ("Fylke 46 finnes ikke i 2018. Viser hele landet."). Otherwise the same rules as
    /// opening a link with that year; a year the data cannot show falls back to the latest. A change view stays one, from
    /// the same earlier year to the new year, while that is still a change the data can show; otherwise it becomes the
    /// level view of the new year with a note.
    /// </summary>
    public static MapViewParseResult WithYear(MapView view, int year, DataSnapshot data)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(data);
        var issues = new List<Issue>();
        var years = Years(data);
        var yearUnderstood = years.Contains(year);
        if (!yearUnderstood)
        {
            issues.Add(UnknownYear(year.ToString(CultureInfo.InvariantCulture), years, view.Language));
            year = years[^1];
        }

        var structure = data.Boundaries.ForYear(year)!;
        var county = view.County is { } c ? CheckCounty(c, structure, year, !yearUnderstood, issues, view.Language) : null;

        // The selection follows SSB KLASS's correspondence to the same territory in the new year.
        var selected = view.Municipality;
        string? followNote = null;
        if (selected is { } s && year != view.Year && data.Correspondence is { } correspondence)
        {
            var followed = MunicipalityHistory.Follow(correspondence, s, view.Year, year, view.Language);
            (selected, followNote) = (followed.Code, followed.Note);
        }

        var municipality = selected is { } m ? CheckMunicipality(m, data, structure, year, !yearUnderstood, issues, view.Language) : null;
        var changeFrom = view.ChangeFrom is { } from ? CheckChange(MapViewQueryString.FormatChange(from, year), year, data, years, issues, view.Language) : null;
        var result = Lenient(view with { Year = year, County = county, Municipality = municipality, ChangeFrom = changeFrom }, issues);
        return followNote is null ? result : result with { Notes = [followNote, .. result.Notes] };
    }

    /// <summary>
    /// The view after the reader picks a county (null: the whole country). The selected municipality is kept only when
    /// it lies in that county, and the explicit extent is dropped, so the map fits the new selection. A county not in
    /// the year's structure gives the whole country with a note.
    /// </summary>
    public static MapViewParseResult WithCounty(MapView view, CountyCode? county, DataSnapshot data)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(data);
        var issues = new List<Issue>();
        var structure = Structure(view, data);
        var kept = county is { } c ? CheckCounty(c, structure, view.Year, followsFromYear: false, issues, view.Language) : null;
        var municipality = kept is { } k && view.Municipality is { } m && m.County != k ? null : view.Municipality;
        return Lenient(view with { County = kept, Municipality = municipality, Extent = null }, issues);
    }

    /// <summary>
    /// The view after the reader selects a municipality (null: clears the selection). One that lies outside the chosen
    /// county brings its own county into view (and drops the explicit extent); one not in the year's structure leaves
    /// no municipality selected, with a note.
    /// </summary>
    public static MapViewParseResult WithMunicipality(MapView view, MunicipalityCode? municipality, DataSnapshot data)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(data);
        var issues = new List<Issue>();
        var kept = municipality is { } m ? CheckMunicipality(m, data, Structure(view, data), view.Year, followsFromYear: false, issues, view.Language) : null;
        var next = view with { Municipality = kept };
        if (kept is { } code && view.County is { } county && code.County != county)
        {
            next = next with { County = code.County, Extent = null };
        }

        return Lenient(next, issues);
    }

    /// <summary>
    /// The view after the reader switches between the level view (null) and the change from <paramref name="earlierYear"/>
    /// to the view's year, which stays the later year (its boundaries, counties and selection are kept). A change the data
    /// cannot show (not earlier, a year not in the dataset, no correspondence) gives the level view with a note.
    /// </summary>
    public static MapViewParseResult WithChange(MapView view, int? earlierYear, DataSnapshot data)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(data);
        var issues = new List<Issue>();
        var changeFrom = earlierYear is { } from ? CheckChange(MapViewQueryString.FormatChange(from, view.Year), view.Year, data, Years(data), issues, view.Language) : null;
        return Lenient(view with { ChangeFrom = changeFrom }, issues);
    }

    private static (MapView View, List<Issue> Issues) Read(MapViewQueryValues values, DataSnapshot data, ReaderLanguage language)
    {
        ArgumentNullException.ThrowIfNull(data);
        var issues = new List<Issue>();
        var years = Years(data);

        var indicator = DefaultIndicator;
        if (values.Indicator is { } indicatorText && !IndicatorText.TryParseSlug(indicatorText, out indicator))
        {
            indicator = DefaultIndicator;
            issues.Add(new(
                QueryNames.Indicator,
                ReaderText.Format(language, "Query.UnknownIndicator", MapViewQueryString.Echo(indicatorText)),
                ReaderText.Format(language, "Query.Showing", IndicatorText.Label(DefaultIndicator, language)),
                ReaderText.Format(language, "Query.ValidValues", string.Join(", ", IndicatorText.All.Select(IndicatorText.Slug)))));
        }

        // A usable endring sets the year (it wins over aar); an unusable one leaves the year to aar and gets its own note.
        var yearText = values.Year;
        var changeGivesYear = false;
        if (MapViewQueryString.TryParseChange(values.Change, out var changeEarlier, out var changeLater)
            && changeEarlier < changeLater
            && years.Contains(changeLater))
        {
            changeGivesYear = true;
            yearText = changeLater.ToString(CultureInfo.InvariantCulture);
        }

        var year = years[^1];
        var yearUnderstood = values.Change is null || changeGivesYear || values.Year is not null;
        if (yearText is { } yearValue
            && !(int.TryParse(yearValue, NumberStyles.None, CultureInfo.InvariantCulture, out year) && years.Contains(year)))
        {
            year = years[^1];
            yearUnderstood = false;
            issues.Add(UnknownYear(yearValue, years, language));
        }

        var structure = data.Boundaries.ForYear(year)!;

        CountyCode? county = null;
        if (values.County is { } countyText)
        {
            if (CountyCode.TryParse(countyText, out var code))
            {
                county = CheckCounty(code, structure, year, !yearUnderstood, issues, language);
            }
            else
            {
                issues.Add(new(
                    QueryNames.County,
                    ReaderText.Format(language, "Query.UnknownCounty", MapViewQueryString.Echo(countyText)),
                    ReaderText.Get(language, "Query.WholeCountry"),
                    ReaderText.Get(language, "Query.CountyForm")));
            }
        }

        MunicipalityCode? municipality = null;
        if (values.Municipality is { } municipalityText)
        {
            if (MunicipalityCode.TryParse(municipalityText, out var code))
            {
                municipality = CheckMunicipality(code, data, structure, year, !yearUnderstood, issues, language);
            }
            else
            {
                issues.Add(new(
                    QueryNames.Municipality,
                    ReaderText.Format(language, "Query.UnknownMunicipality", MapViewQueryString.Echo(municipalityText)),
                    ReaderText.Get(language, "Query.NoMunicipality"),
                    ReaderText.Get(language, "Query.MunicipalityForm")));
            }
        }

        var method = DefaultMethod;
        if (values.Method is { } methodText && !MapViewQueryString.TryParseMethod(methodText, out method))
        {
            method = DefaultMethod;
            issues.Add(new(
                QueryNames.Method,
                ReaderText.Format(language, "Query.UnknownMethod", MapViewQueryString.Echo(methodText)),
                ReaderText.Format(language, "Query.Showing", MethodLabel(DefaultMethod, language).ToLower(ReaderText.Culture(language))),
                ReaderText.Format(language, "Query.ValidValues", "kvantil, likeintervall, jenks")));
        }

        GeoBounds? extent = null;
        if (values.Extent is { } extentText && !MapViewQueryString.TryParseBounds(extentText, out extent, out var boundsError, language))
        {
            issues.Add(new(QueryNames.Extent, boundsError!, ReaderText.Get(language, "Query.ShowingWholeSelection"), string.Empty));
        }

        var changeFrom = values.Change is { } changeText ? CheckChange(changeText, year, data, years, issues, language) : null;
        var release = values.Version is { } versionText ? CheckVersion(versionText, data, issues, language) : null;
        return (new MapView(indicator, year, county, municipality, method, extent, changeFrom, language, release), issues);
    }

    private static BoundarySet Structure(MapView view, DataSnapshot data) =>
        data.Boundaries.ForYear(view.Year)
        ?? throw new ArgumentException($"The view's year {view.Year} has no boundary structure.", nameof(view));

    private static Issue UnknownYear(string yearText, IReadOnlyList<int> years, ReaderLanguage language) => new(
        QueryNames.Year,
        ReaderText.Format(language, "Query.UnknownYear", MapViewQueryString.Echo(yearText)),
        ReaderText.Format(language, "Query.Showing", years[^1].ToString(CultureInfo.InvariantCulture)),
        DatasetYears(years, language));

    private static string DatasetYears(IReadOnlyList<int> years, ReaderLanguage language) =>
        ReaderText.Format(language, "Query.DatasetYears", string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture))));

    /// <summary>The county when <paramref name="structure"/> has it; otherwise null and an issue.</summary>
    private static CountyCode? CheckCounty(CountyCode code, BoundarySet structure, int year, bool followsFromYear, List<Issue> issues, ReaderLanguage language)
    {
        if (structure.TryGetCounty(code, out _))
        {
            return code;
        }

        var yearLabel = year.ToString(CultureInfo.InvariantCulture);
        issues.Add(new(
            QueryNames.County,
            ReaderText.Format(language, "Query.CountyNotInYear", code.Value, yearLabel),
            ReaderText.Get(language, "Query.WholeCountry"),
            ReaderText.Format(language, "Query.CountiesInYear", yearLabel, string.Join(", ", structure.Counties.Select(c => c.Code.Value))),
            followsFromYear));
        return null;
    }

    /// <summary>
    /// The municipality when <paramref name="structure"/> has it; else the shape a number valid on 1 January of the
    /// year denotes (SSB KLASS: 5061 in 2019 → the 2018 shape 1567); otherwise null and an issue.
    /// </summary>
    private static MunicipalityCode? CheckMunicipality(
        MunicipalityCode code, DataSnapshot data, BoundarySet structure, int year, bool followsFromYear, List<Issue> issues, ReaderLanguage language)
    {
        if (structure.Contains(code))
        {
            return code;
        }

        if (YearNumbers.For(data, year, structure).Numbering is { } numbering && numbering.TryGet(code, out var valid))
        {
            return valid.ShapeCode;
        }

        var yearLabel = year.ToString(CultureInfo.InvariantCulture);
        issues.Add(new(
            QueryNames.Municipality,
            ReaderText.Format(language, "Query.MunicipalityNotInYear", code.Value, yearLabel),
            ReaderText.Get(language, "Query.NoMunicipality"),
            ReaderText.Format(language, "Query.MunicipalityOfYear", yearLabel),
            followsFromYear));
        return null;
    }

    /// <summary>
    /// The earlier year of the change <paramref name="text"/> ("2018-2022") when the data can show it on
    /// <paramref name="year"/>, which the caller has set to its later year; otherwise null and an issue whose fallback is
    /// the level view of <paramref name="year"/>.
    /// </summary>
    private static int? CheckChange(string text, int year, DataSnapshot data, IReadOnlyList<int> years, List<Issue> issues, ReaderLanguage language)
    {
        var echo = MapViewQueryString.Echo(text);
        var fallback = ReaderText.Format(language, "Query.ShowingValuesOf", year.ToString(CultureInfo.InvariantCulture));
        var form = ReaderText.Get(language, "Query.ChangeForm");
        if (!MapViewQueryString.TryParseChange(text, out var earlier, out var later))
        {
            issues.Add(new(QueryNames.Change, ReaderText.Format(language, "Query.BadChange", echo), fallback, form));
            return null;
        }

        if (earlier >= later)
        {
            issues.Add(new(QueryNames.Change, ReaderText.Format(language, "Query.ChangeNotEarlier", echo), fallback, form));
            return null;
        }

        var unknown = new[] { earlier, later }.Where(y => !years.Contains(y)).Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray();
        if (unknown.Length > 0)
        {
            issues.Add(new(
                QueryNames.Change,
                ReaderText.Format(language, "Query.ChangeUnknownYears", string.Join(ReaderText.Get(language, "Query.YearsAnd"), unknown), echo),
                fallback,
                DatasetYears(years, language)));
            return null;
        }

        if (later != year || !CanCompare(data, earlier, later))
        {
            issues.Add(new(
                QueryNames.Change,
                ReaderText.Format(language, "Query.ChangeNoCorrespondence", MapViewQueryString.FormatChange(earlier, later)),
                fallback,
                string.Empty));
            return null;
        }

        return earlier;
    }

    /// <summary>
    /// The release number of <paramref name="text"/> when <paramref name="data"/> is that published release; otherwise
    /// null and an issue whose fallback is the latest. The caller has already read the release the link asks for (the
    /// catalog knows drafts and withdrawn releases, this class does not); a draft, a withdrawn or an unknown number
    /// reaches here with the latest data, and gets the same note, so a reader learns nothing about a draft.
    /// </summary>
    private static int? CheckVersion(string text, DataSnapshot data, List<Issue> issues, ReaderLanguage language)
    {
        var latest = data.Release is { } shown
            ? ReaderText.Format(language, "Query.VersionShowingLatestNumber", shown.Number.ToString(CultureInfo.InvariantCulture))
            : ReaderText.Get(language, "Query.VersionShowingLatest");
        if (!MapViewQueryString.TryParseVersion(text, out var number))
        {
            issues.Add(new(QueryNames.Version, ReaderText.Format(language, "Query.InvalidVersion", MapViewQueryString.Echo(text)), latest, ReaderText.Get(language, "Query.VersionForm")));
            return null;
        }

        if (data.Release?.Number == number)
        {
            return number;
        }

        issues.Add(new(
            QueryNames.Version,
            ReaderText.Format(language, "Query.VersionNotPublished", number.ToString(CultureInfo.InvariantCulture)),
            latest,
            ReaderText.Get(language, "Query.VersionList")));
        return null;
    }

    /// <summary>
    /// The errors of the <c>versjon</c> value in <paramref name="query"/> against <paramref name="data"/> (empty when it
    /// is absent or names that release): for the downloads that read no view, such as the whole dataset.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> VersionErrors(IReadOnlyDictionary<string, string?> query, DataSnapshot data, ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        ArgumentNullException.ThrowIfNull(data);
        var issues = new List<Issue>();
        if (MapViewQueryString.Read(query).Version is { } text)
        {
            CheckVersion(text, data, issues, language);
        }

        return issues.ToDictionary(i => i.Parameter, i => new[] { $"{i.Problem} {i.Hint}" });
    }

    private static MapViewParseResult Lenient(MapView view, List<Issue> issues) =>
        new(view, issues.Select(i => $"{i.Problem} {i.Fallback}").ToArray());

    /// <param name="Parameter">Canonical query name.</param>
    /// <param name="Problem">What is wrong, one sentence.</param>
    /// <param name="Fallback">What the page shows instead (lenient).</param>
    /// <param name="Hint">What a valid value looks like (strict); may be empty.</param>
    /// <param name="FollowsFromYear">Only a problem because an unknown year fell back to the latest.</param>
    private readonly record struct Issue(string Parameter, string Problem, string Fallback, string Hint, bool FollowsFromYear = false);
}
