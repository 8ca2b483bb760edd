using System.Globalization;
using System.Text;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Views;

/// <summary>
/// The URL codec of a <see cref="MapView"/>: query names and their older spellings, how each value is written, and
/// how a query string is split. It knows no dataset; <see cref="MapViewQuery"/> checks the values against one.
/// </summary>
/// <remarks>
/// Names are <see cref="QueryNames"/>: <c>indikator</c> (prioritering|kompetanse|aktivitet), <c>aar</c>, <c>fylke</c>
/// (two digits), <c>kommune</c> (four digits), <c>klassifisering</c> (kvantil|likeintervall|jenks), <c>utsnitt</c>
/// (west,south,east,north in WGS84 degrees, invariant culture, written to <see cref="ExtentDecimals"/> decimals; the
/// older name <c>bbox</c> is still read) and <c>endring</c> (earlier-later: "2018-2022"; a change view,
/// written instead of <c>aar</c> and followed instead of it when a link has both), <c>versjon</c> (a published release
/// number, written last). Names are matched case-insensitively; older and
/// English names (<c>indicator</c>, <c>year</c>, <c>county</c>, …) are still read, as owid-grapher's
/// GrapherUrlMigrations keeps old links working. An empty value counts as absent.
/// </remarks>
public static class MapViewQueryString
{
    // Canonical name first; the rest are older or English spellings kept so links keep working.
    private static readonly string[] IndicatorNames = [QueryNames.Indicator, "indicator", "indikatorer"];
    private static readonly string[] YearNames = [QueryNames.Year, "år", "ar", "year", "aargang"];
    private static readonly string[] CountyNames = [QueryNames.County, "fylkesnummer", "county"];
    private static readonly string[] MunicipalityNames = [QueryNames.Municipality, "kommunenummer", "knr", "municipality"];
    private static readonly string[] MethodNames = [QueryNames.Method, "klasser", "method", "classification"];
    private static readonly string[] ExtentNames = [QueryNames.Extent, QueryNames.ExtentBbox, "extent"];
    private static readonly string[] ChangeNames = [QueryNames.Change, "change"];
    private static readonly string[] VersionNames = [QueryNames.Version, "version", "release"];

    private static readonly string[][] AllNames = [IndicatorNames, YearNames, CountyNames, MunicipalityNames, MethodNames, ExtentNames, ChangeNames, VersionNames];

    /// <summary>
    /// The view's values under their canonical names: the first name of each kind (canonical before old spellings)
    /// with a non-blank value wins, trimmed; a kind with none is absent (null). Values are not interpreted here.
    /// </summary>
    public static MapViewQueryValues Read(IReadOnlyDictionary<string, string?> query)
    {
        ArgumentNullException.ThrowIfNull(query);
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

        return new MapViewQueryValues(
            Value(IndicatorNames), Value(YearNames), Value(CountyNames), Value(MunicipalityNames), Value(MethodNames), Value(ExtentNames), Value(ChangeNames), Value(VersionNames));
    }

    /// <summary>
    /// The query of a view, in <see cref="QueryNames"/> order, leaving out values equal to their default. The year
    /// is always written, so a shared link keeps showing the same year after a newer survey is loaded; a change view
    /// writes <c>endring=2018-2022</c> in its place (<see cref="FormatChange"/>), which carries the year.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ToQuery(MapView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var query = new List<KeyValuePair<string, string>>(7);
        if (view.Indicator != MapViewQuery.DefaultIndicator)
        {
            query.Add(new(QueryNames.Indicator, IndicatorText.Slug(view.Indicator)));
        }

        query.Add(view.ChangeFrom is { } from
            ? new(QueryNames.Change, FormatChange(from, view.Year))
            : new(QueryNames.Year, view.Year.ToString(CultureInfo.InvariantCulture)));
        if (view.County is { } county)
        {
            query.Add(new(QueryNames.County, county.Value));
        }

        if (view.Municipality is { } municipality)
        {
            query.Add(new(QueryNames.Municipality, municipality.Value));
        }

        if (view.Method != MapViewQuery.DefaultMethod)
        {
            query.Add(new(QueryNames.Method, MethodSlug(view.Method)));
        }

        if (view.Extent is { } extent)
        {
            query.Add(new(QueryNames.Extent, FormatBounds(extent)));
        }

        if (view.Release is { } release)
        {
            query.Add(new(QueryNames.Version, release.ToString(CultureInfo.InvariantCulture)));
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

            // Commas are legal in a query and keep the extent readable.
            builder.Append(name).Append('=').Append(Uri.EscapeDataString(value).Replace("%2C", ",", StringComparison.Ordinal));
        }

        return builder.ToString();
    }

    /// <summary>"?aar=2024&amp;…": <see cref="ToQueryString"/> with its '?', for links relative to a page.</summary>
    public static string ToHrefQuery(MapView view) => "?" + ToQueryString(view);

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

    /// <summary>The URL value of a method: "kvantil", "likeintervall" or "jenks".</summary>
    public static string MethodSlug(ClassificationMethod method) => method switch
    {
        ClassificationMethod.Quantile => "kvantil",
        ClassificationMethod.EqualInterval => "likeintervall",
        ClassificationMethod.NaturalBreaks => "jenks",
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
    /// Reads a <c>versjon</c> value: a release number, 1 or more, in ASCII digits only ("3"; not "+3", "3.0" or "abc").
    /// Only the form is checked here; <see cref="MapViewQuery"/> checks it against the release read.
    /// </summary>
    public static bool TryParseVersion(string? text, out int number)
    {
        number = 0;
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length is > 0 and <= 9
            && trimmed.All(char.IsAsciiDigit)
            && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out number)
            && number > 0;
    }

    /// <summary>"2018-2022": the <c>endring</c> value of the change from <paramref name="earlierYear"/> to <paramref name="laterYear"/>.</summary>
    public static string FormatChange(int earlierYear, int laterYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{earlierYear}-{laterYear}");

    /// <summary>
    /// Reads "2018-2022" (also with an en dash or spaces around it): two four-digit years, earlier first. Only the form
    /// is checked here; <see cref="MapViewQuery"/> checks the years against the data.
    /// </summary>
    public static bool TryParseChange(string? text, out int earlierYear, out int laterYear)
    {
        earlierYear = laterYear = 0;
        var parts = (text ?? string.Empty).Split(['-', '\u2013'], StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && parts.All(p => p.Length == 4)
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out earlierYear)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out laterYear);
    }

    /// <summary>
    /// Decimals of an extent's degrees in a URL: 0.0001° is at most 11 m, finer than a screen pixel at the map's
    /// highest zoom, and keeps a shared link short.
    /// </summary>
    public const int ExtentDecimals = 4;

    /// <summary>
    /// "west,south,east,north" in invariant culture, each rounded to <see cref="ExtentDecimals"/> decimals (midpoints
    /// away from zero) and written without trailing zeros: "4.5,57.9,31.2,71.2".
    /// </summary>
    public static string FormatBounds(GeoBounds bounds)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        return string.Join(',', new[] { bounds.West, bounds.South, bounds.East, bounds.North }
            // Adding 0.0 turns a rounded -0 into 0, which would otherwise be written "-0".
            .Select(d => (Math.Round(d, ExtentDecimals, MidpointRounding.AwayFromZero) + 0.0).ToString("0.####", CultureInfo.InvariantCulture)));
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
            error = $"Ugyldig utsnitt «{echo}»: skriv vest,sør,øst,nord i desimalgrader med punktum, f.eks. 4.5,57.9,31.2,71.2.";
            return false;
        }

        var (west, south, east, north) = (numbers[0], numbers[1], numbers[2], numbers[3]);
        if (west is < -180 or > 180 || east is < -180 or > 180 || south is < -90 or > 90 || north is < -90 or > 90)
        {
            error = $"Utsnittet «{echo}» ligger utenfor kloden: lengdegrad må være mellom -180 og 180, breddegrad mellom -90 og 90.";
            return false;
        }

        if (west >= east || south >= north)
        {
            error = $"Utsnittet «{echo}» er tomt: vest må være mindre enn øst, og sør mindre enn nord.";
            return false;
        }

        bounds = new GeoBounds(west, south, east, north);
        error = null;
        return true;
    }

    /// <summary>
    /// What the reader typed, for an error message: at most 40 characters, then "…". Every message that quotes a
    /// query value (the view's and the downloads') shortens it here.
    /// </summary>
    public static string Echo(string text)
    {
        const int limit = 40;
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= limit ? text : string.Concat(text.AsSpan(0, limit), "…");
    }

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
