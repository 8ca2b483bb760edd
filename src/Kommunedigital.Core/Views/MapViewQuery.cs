using System.Globalization;
using System.Text;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Views;

/// <summary>
/// The one place where a <see cref="MapView"/> and its query string meet: the page, the embed and every
/// download read and write links here, so a shared link always opens the same view and maps to its downloads.
/// </summary>
/// <remarks>
/// <para>Names are <see cref="QueryNames"/>: <c>indikator</c> (prioritering|kompetanse|aktivitet), <c>aar</c>,
/// <c>fylke</c> (two digits), <c>kommune</c> (four digits), <c>klassifisering</c> (kvantil|likeintervall|jenks) and
/// <c>bbox</c> (west,south,east,north in WGS84 degrees, invariant culture). Names are matched case-insensitively;
/// older and English names (<c>indicator</c>, <c>year</c>, <c>county</c>, …) are still read, as owid-grapher's
/// GrapherUrlMigrations keeps old links working. An empty value counts as absent.</para>
/// <para>Defaults: indicator prioritering, the latest year of the dataset, the whole country, no selected
/// municipality, quantile classes, the selection's own extent.</para>
/// </remarks>
public static class MapViewQuery
{
    /// <summary>The default indicator.</summary>
    public const Indicator DefaultIndicator = Indicator.Prioritering;

    /// <summary>The default classification.</summary>
    public const ClassificationMethod DefaultMethod = ClassificationMethod.Quantile;

    // Canonical name first; the rest are older or English spellings kept so links keep working.
    private static readonly string[] IndicatorNames = [QueryNames.Indicator, "indicator", "indikatorer"];
    private static readonly string[] YearNames = [QueryNames.Year, "år", "ar", "year", "aargang"];
    private static readonly string[] CountyNames = [QueryNames.County, "fylkesnummer", "county"];
    private static readonly string[] MunicipalityNames = [QueryNames.Municipality, "kommunenummer", "knr", "municipality"];
    private static readonly string[] MethodNames = [QueryNames.Method, "klasser", "method", "classification"];
    private static readonly string[] ExtentNames = [QueryNames.Extent, "utsnitt", "extent"];

    private static readonly string[][] AllNames = [IndicatorNames, YearNames, CountyNames, MunicipalityNames, MethodNames, ExtentNames];

    private const int EchoLimit = 40;

    /// <summary>The URL value of a method: "kvantil", "likeintervall" or "jenks".</summary>
    public static string MethodSlug(ClassificationMethod method) => method switch
    {
        ClassificationMethod.Quantile => "kvantil",
        ClassificationMethod.EqualInterval => "likeintervall",
        ClassificationMethod.NaturalBreaks => "jenks",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>Bokmål name of a method for menus and legends: "Kvantiler", "Like intervaller", "Naturlige brudd (Jenks)".</summary>
    public static string MethodLabel(ClassificationMethod method) => method switch
    {
        ClassificationMethod.Quantile => "Kvantiler",
        ClassificationMethod.EqualInterval => "Like intervaller",
        ClassificationMethod.NaturalBreaks => "Naturlige brudd (Jenks)",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>Reads a method slug, case-insensitively; also the English names (quantile, equal-interval, natural-breaks).</summary>
    public static bool TryParseMethod(string? text, out ClassificationMethod method)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "kvantil" or "kvantiler" or "quantile" or "quantiles":
                method = ClassificationMethod.Quantile;
                return true;
            case "likeintervall" or "like-intervall" or "likeintervaller" or "equal-interval" or "equalinterval" or "equal":
                method = ClassificationMethod.EqualInterval;
                return true;
            case "jenks" or "naturligebrudd" or "naturlige-brudd" or "natural-breaks" or "naturalbreaks":
                method = ClassificationMethod.NaturalBreaks;
                return true;
            default:
                method = default;
                return false;
        }
    }

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

    /// <summary>The view an empty query string opens: prioritering, the latest year, the whole country, quantiles.</summary>
    public static MapView Default(DataSnapshot data) =>
        new(DefaultIndicator, Years(data)[^1], County: null, Municipality: null, DefaultMethod, Extent: null);

    /// <summary>
    /// Reads a view for the page: never fails. An unknown or impossible value falls back to its default with
    /// a bokmål note ("Ukjent år «1999». Viser 2024.", "Fylke 12 finnes ikke i 2024. Viser hele landet.").
    /// </summary>
    /// <param name="query">Query-string names and values (unescaped); other names are ignored.</param>
    /// <param name="data">The snapshot the view must exist in.</param>
    public static MapViewParseResult Parse(IReadOnlyDictionary<string, string?> query, DataSnapshot data)
    {
        var (view, issues) = Read(query, data);
        return new MapViewParseResult(view, issues.Select(i => $"{i.Problem} {i.Fallback}").ToArray());
    }

    /// <summary>
    /// Reads a view for a download: any unknown indicator, year not in the dataset, county or municipality not in
    /// that year's structure, malformed or impossible bbox, or unknown method is an error (a 400, never a fallback).
    /// </summary>
    public static MapViewValidation ParseStrict(IReadOnlyDictionary<string, string?> query, DataSnapshot data)
    {
        var (view, issues) = Read(query, data);
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
    /// opening a link with that year.
    /// </summary>
    public static MapViewParseResult WithYear(MapView view, int year, DataSnapshot data)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(data);
        var followed = data.Correspondence is { } correspondence && view.Municipality is { } selected && year != view.Year
            ? MunicipalityHistory.Follow(correspondence, selected, view.Year, year)
            : null;
        var moved = followed is null ? view with { Year = year } : view with { Year = year, Municipality = followed.Code };
        var result = Parse(ToDictionary(ToQuery(moved)), data);
        return followed?.Note is { } note ? result with { Notes = [note, .. result.Notes] } : result;
    }

    /// <summary>
    /// The query of a view, in <see cref="QueryNames"/> order, leaving out values equal to their default. The year
    /// is always written, so a shared link keeps showing the same year after a newer survey is loaded.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ToQuery(MapView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var query = new List<KeyValuePair<string, string>>(6);
        if (view.Indicator != DefaultIndicator)
        {
            query.Add(new(QueryNames.Indicator, IndicatorText.Slug(view.Indicator)));
        }

        query.Add(new(QueryNames.Year, view.Year.ToString(CultureInfo.InvariantCulture)));
        if (view.County is { } county)
        {
            query.Add(new(QueryNames.County, county.Value));
        }

        if (view.Municipality is { } municipality)
        {
            query.Add(new(QueryNames.Municipality, municipality.Value));
        }

        if (view.Method != DefaultMethod)
        {
            query.Add(new(QueryNames.Method, MethodSlug(view.Method)));
        }

        if (view.Extent is { } extent)
        {
            query.Add(new(QueryNames.Extent, FormatBounds(extent)));
        }

        return query;
    }

    /// <summary>"indikator=kompetanse&amp;aar=2022&amp;fylke=46": <see cref="ToQuery"/> escaped, without a leading '?'.</summary>
    public static string ToQueryString(MapView view)
    {
        var builder = new StringBuilder();
        foreach (var (name, value) in ToQuery(view))
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            // Commas are legal in a query and keep bbox readable.
            builder.Append(name).Append('=').Append(Uri.EscapeDataString(value).Replace("%2C", ",", StringComparison.Ordinal));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Every name this class reads (canonical and old), mapped to the view's value or null: what
    /// <c>NavigationManager.GetUriWithQueryParameters</c> needs to write the view and remove stale or old names.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> ToQueryParameters(MapView view)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var names in AllNames)
        {
            foreach (var name in names)
            {
                parameters[name] = null;
            }
        }

        foreach (var (name, value) in ToQuery(view))
        {
            parameters[name] = value;
        }

        return parameters;
    }

    /// <summary>
    /// Splits "?a=1&amp;b=x%20y" (leading '?' optional; '+' is a space) into unescaped names and values. A name seen
    /// twice keeps its first value.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> ParseQueryString(string? queryString)
    {
        var result = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var text = queryString ?? string.Empty;
        if (text.StartsWith('?'))
        {
            text = text[1..];
        }

        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Unescape(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? null : Unescape(pair[(equals + 1)..]);
            result.TryAdd(name, value);
        }

        return result;
    }

    /// <summary>"west,south,east,north" in invariant culture, shortest round-trip form: "4.5,57.9,31.2,71.2".</summary>
    public static string FormatBounds(GeoBounds bounds)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        return string.Join(',', new[] { bounds.West, bounds.South, bounds.East, bounds.North }.Select(d => d.ToString("R", CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// Reads "west,south,east,north" (WGS84 degrees, '.' as decimal point). On failure <paramref name="error"/> is a
    /// bokmål sentence saying what is wrong.
    /// </summary>
    public static bool TryParseBounds(string? text, out GeoBounds? bounds, out string? error)
    {
        bounds = null;
        var echo = Echo(text ?? string.Empty);
        var parts = (text ?? string.Empty).Split(',');
        var numbers = new double[4];
        var wellFormed = parts.Length == 4;
        for (var i = 0; wellFormed && i < 4; i++)
        {
            wellFormed = double.TryParse(parts[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) && double.IsFinite(numbers[i]);
        }

        if (!wellFormed)
        {
            error = $"Ugyldig bbox «{echo}»: skriv vest,sør,øst,nord i desimalgrader med punktum, f.eks. 4.5,57.9,31.2,71.2.";
            return false;
        }

        var (west, south, east, north) = (numbers[0], numbers[1], numbers[2], numbers[3]);
        if (west is < -180 or > 180 || east is < -180 or > 180 || south is < -90 or > 90 || north is < -90 or > 90)
        {
            error = $"bbox «{echo}» ligger utenfor kloden: lengdegrad må være mellom -180 og 180, breddegrad mellom -90 og 90.";
            return false;
        }

        if (west >= east || south >= north)
        {
            error = $"bbox «{echo}» er tom: vest må være mindre enn øst, og sør mindre enn nord.";
            return false;
        }

        bounds = new GeoBounds(west, south, east, north);
        error = null;
        return true;
    }

    private static (MapView View, List<Issue> Issues) Read(IReadOnlyDictionary<string, string?> query, DataSnapshot data)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(data);
        var lookup = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in query)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                lookup.TryAdd(name.Trim(), value.Trim());
            }
        }

        string? Value(string[] names)
        {
            foreach (var name in names)
            {
                if (lookup.TryGetValue(name, out var value))
                {
                    return value;
                }
            }

            return null;
        }

        var issues = new List<Issue>();
        var years = Years(data);
        var latest = years[^1];

        var indicator = DefaultIndicator;
        if (Value(IndicatorNames) is { } indicatorText && !IndicatorText.TryParseSlug(indicatorText, out indicator))
        {
            indicator = DefaultIndicator;
            issues.Add(new(
                QueryNames.Indicator,
                $"Ukjent indikator «{Echo(indicatorText)}».",
                $"Viser {IndicatorText.Label(DefaultIndicator)}.",
                $"Gyldige verdier: {string.Join(", ", IndicatorText.All.Select(IndicatorText.Slug))}."));
        }

        var year = latest;
        var yearUnderstood = true;
        if (Value(YearNames) is { } yearText)
        {
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out year) || !years.Contains(year))
            {
                year = latest;
                yearUnderstood = false;
                issues.Add(new(
                    QueryNames.Year,
                    $"Ukjent år «{Echo(yearText)}».",
                    $"Viser {latest.ToString(CultureInfo.InvariantCulture)}.",
                    $"Årene i datasettet: {string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)))}."));
            }
        }

        var structure = data.Boundaries.ForYear(year)!;
        var yearLabel = year.ToString(CultureInfo.InvariantCulture);

        CountyCode? county = null;
        if (Value(CountyNames) is { } countyText)
        {
            if (!CountyCode.TryParse(countyText, out var code))
            {
                issues.Add(new(QueryNames.County, $"Ukjent fylke «{Echo(countyText)}».", "Viser hele landet.", "Et fylkesnummer har to sifre, f.eks. 46."));
            }
            else if (!structure.TryGetCounty(code, out _))
            {
                issues.Add(new(
                    QueryNames.County,
                    $"Fylke {code.Value} finnes ikke i {yearLabel}.",
                    "Viser hele landet.",
                    $"Fylkene i {yearLabel}: {string.Join(", ", structure.Counties.Select(c => c.Code.Value))}.",
                    FollowsFromYear: !yearUnderstood));
            }
            else
            {
                county = code;
            }
        }

        MunicipalityCode? municipality = null;
        if (Value(MunicipalityNames) is { } municipalityText)
        {
            if (!MunicipalityCode.TryParse(municipalityText, out var code))
            {
                issues.Add(new(QueryNames.Municipality, $"Ukjent kommune «{Echo(municipalityText)}».", "Ingen kommune er valgt.", "Et kommunenummer har fire sifre, f.eks. 4601."));
            }
            else if (!structure.Contains(code))
            {
                issues.Add(new(
                    QueryNames.Municipality,
                    $"Kommune {code.Value} finnes ikke i {yearLabel}.",
                    "Ingen kommune er valgt.",
                    $"Bruk et kommunenummer fra kommuneinndelingen i {yearLabel}.",
                    FollowsFromYear: !yearUnderstood));
            }
            else
            {
                municipality = code;
            }
        }

        var method = DefaultMethod;
        if (Value(MethodNames) is { } methodText && !TryParseMethod(methodText, out method))
        {
            method = DefaultMethod;
            issues.Add(new(
                QueryNames.Method,
                $"Ukjent klassifisering «{Echo(methodText)}».",
                $"Viser {MethodLabel(DefaultMethod).ToLower(CultureInfo.GetCultureInfo("nb-NO"))}.",
                "Gyldige verdier: kvantil, likeintervall, jenks."));
        }

        GeoBounds? extent = null;
        if (Value(ExtentNames) is { } extentText && !TryParseBounds(extentText, out extent, out var boundsError))
        {
            issues.Add(new(QueryNames.Extent, boundsError!, "Viser hele utvalget.", string.Empty));
        }

        return (new MapView(indicator, year, county, municipality, method, extent), issues);
    }

    private static Dictionary<string, string?> ToDictionary(IEnumerable<KeyValuePair<string, string>> pairs) =>
        pairs.ToDictionary(p => p.Key, p => (string?)p.Value);

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    // Echo what the reader typed, but never a page of it.
    private static string Echo(string text) => text.Length <= EchoLimit ? text : string.Concat(text.AsSpan(0, EchoLimit), "…");

    /// <param name="Parameter">Canonical query name.</param>
    /// <param name="Problem">What is wrong, one sentence.</param>
    /// <param name="Fallback">What the page shows instead (lenient).</param>
    /// <param name="Hint">What a valid value looks like (strict); may be empty.</param>
    /// <param name="FollowsFromYear">Only a problem because an unknown year fell back to the latest.</param>
    private readonly record struct Issue(string Parameter, string Problem, string Fallback, string Hint, bool FollowsFromYear = false);
}
