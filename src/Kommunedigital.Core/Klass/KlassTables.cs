using System.Globalization;
using System.Text.RegularExpressions;
using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Klass;

/// <summary>
/// The KLASS files as parsed, unchanged in meaning: the harmonisation (one row per municipality number) and
/// the change lists (oldest first). Immutable. Interpretation against the boundary sets is
/// <see cref="MunicipalNumbering"/>'s job.
/// </summary>
public sealed partial class KlassTables
{
    private const string HarmonisationHeader = "gruppekode;gruppenavn;kommunenummer;kommunenavn_med_gyldighet";

    private readonly Dictionary<MunicipalityCode, HarmonisedNumber> _byCode;

    /// <param name="harmonised">One row per number (duplicates rejected).</param>
    /// <param name="changeLists">Change lists with unique effective years, any order.</param>
    /// <exception cref="KlassDataException">A number appears twice, or two lists share an effective year.</exception>
    public KlassTables(IEnumerable<HarmonisedNumber> harmonised, IEnumerable<CodeChangeList> changeLists)
        : this(harmonised, changeLists, [])
    {
    }

    /// <param name="harmonised">One row per number (duplicates rejected).</param>
    /// <param name="changeLists">Change lists with unique effective years, any order.</param>
    /// <param name="boundaryAdjustments">Territory changes under an unchanged number that KLASS does not show.</param>
    /// <exception cref="KlassDataException">A number appears twice, or two lists share an effective year.</exception>
    public KlassTables(IEnumerable<HarmonisedNumber> harmonised, IEnumerable<CodeChangeList> changeLists, IEnumerable<BoundaryAdjustment> boundaryAdjustments)
    {
        ArgumentNullException.ThrowIfNull(boundaryAdjustments);
        BoundaryAdjustments = boundaryAdjustments.ToArray();
        Harmonised = harmonised.OrderBy(h => h.Code).ToArray();
        ChangeLists = changeLists.OrderBy(c => c.EffectiveYear).ToArray();
        _byCode = new Dictionary<MunicipalityCode, HarmonisedNumber>();
        foreach (var row in Harmonised)
        {
            if (!_byCode.TryAdd(row.Code, row))
            {
                throw new KlassDataException($"KLASS harmonisation: the number {row.Code} appears twice.");
            }
        }

        if (ChangeLists.GroupBy(c => c.EffectiveYear).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new KlassDataException(string.Create(
                CultureInfo.InvariantCulture, $"KLASS: two change lists take effect in {twice.Key}."));
        }
    }

    /// <summary>
    /// Every harmonised number, ordered by number. Rows of an earlier holder of a reused number, which SSB marks with a
    /// letter ("0716u"), are left out.
    /// </summary>
    public IReadOnlyList<HarmonisedNumber> Harmonised { get; }

    /// <summary>Change lists, oldest effective year first.</summary>
    public IReadOnlyList<CodeChangeList> ChangeLists { get; }

    /// <summary>Territory changes under an unchanged number (from the manifest; found by geometry, not in KLASS).</summary>
    public IReadOnlyList<BoundaryAdjustment> BoundaryAdjustments { get; }

    /// <summary>The harmonisation row of <paramref name="code"/>, if KLASS knows the number.</summary>
    public bool TryGetHarmonised(MunicipalityCode code, out HarmonisedNumber number) =>
        _byCode.TryGetValue(code, out number!);

    /// <summary>
    /// Parses the harmonisation CSV (<c>gruppekode;gruppenavn;kommunenummer;kommunenavn_med_gyldighet</c>) and
    /// change lists (<c>kommuner_YYYY;kommuner_YYYY[;splittes]</c>, cells "0101 - Halden", the dash possibly
    /// between no-break spaces). Semicolon-separated, no quoting, LF or CRLF line ends.
    /// </summary>
    /// <exception cref="KlassDataException">A header or row is not in that form; the message names file and line.</exception>
    public static KlassTables Parse(
        KlassText harmonisation,
        IEnumerable<(int EffectiveYear, KlassText Text)> changeLists,
        IEnumerable<BoundaryAdjustment>? boundaryAdjustments = null)
    {
        ArgumentNullException.ThrowIfNull(harmonisation);
        ArgumentNullException.ThrowIfNull(changeLists);
        return new KlassTables(
            ParseHarmonisation(harmonisation),
            changeLists.Select(c => new CodeChangeList(c.EffectiveYear, c.Text.FileName, ParseChanges(c.Text))).ToArray(),
            boundaryAdjustments ?? []);
    }

    private static List<HarmonisedNumber> ParseHarmonisation(KlassText text)
    {
        var rows = new List<HarmonisedNumber>();
        foreach (var (line, number) in Lines(text))
        {
            if (number == 1)
            {
                if (line != HarmonisationHeader)
                {
                    throw Problem(text, number, $"the header must be '{HarmonisationHeader}'");
                }

                continue;
            }

            var cells = line.Split(';');
            if (cells.Length != 4)
            {
                throw Problem(text, number, string.Create(CultureInfo.InvariantCulture, $"expected 4 cells, found {cells.Length}"));
            }

            var numberText = cells[2].Trim();
            if (numberText.Length == 5 && char.IsAsciiLetterLower(numberText[4]) && numberText[..4].All(char.IsAsciiDigit))
            {
                // SSB marks an earlier holder of a reused number with a letter ("0716u" Våle until 2001, before Re
                // took 0716). No survey year uses such a number, and it is not a MunicipalityCode.
                continue;
            }

            if (numberText.Length != 4 || !MunicipalityCode.TryParse(numberText, out var code))
            {
                throw Problem(text, number, $"'{cells[2]}' is not a four-digit municipality number");
            }

            var groupCode = cells[0].Trim();
            var nameWithValidity = cells[3].Trim();
            if (groupCode.Length == 0 || nameWithValidity.Length == 0)
            {
                throw Problem(text, number, "the group code and the name must not be empty");
            }

            var match = Validity().Match(nameWithValidity);
            rows.Add(match.Success
                ? new HarmonisedNumber(
                    code,
                    match.Groups["name"].Value,
                    match.Groups["from"].Success ? int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture) : null,
                    int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture),
                    groupCode,
                    cells[1].Trim())
                : new HarmonisedNumber(code, nameWithValidity, null, null, groupCode, cells[1].Trim()));
        }

        return rows;
    }

    private static List<CodeChange> ParseChanges(KlassText text)
    {
        var rows = new List<CodeChange>();
        var hasSplit = false;
        foreach (var (line, number) in Lines(text))
        {
            var cells = line.Split(';');
            if (number == 1)
            {
                hasSplit = cells.Length == 3 && cells[2].Trim() == "splittes";
                if (cells.Length is not (2 or 3) || (cells.Length == 3 && !hasSplit) ||
                    !cells[0].StartsWith("kommuner_", StringComparison.Ordinal) || !cells[1].StartsWith("kommuner_", StringComparison.Ordinal))
                {
                    throw Problem(text, number, "the header must be 'kommuner_YYYY;kommuner_YYYY' with an optional ';splittes'");
                }

                continue;
            }

            if (cells.Length != (hasSplit ? 3 : 2))
            {
                throw Problem(text, number, string.Create(CultureInfo.InvariantCulture, $"expected {(hasSplit ? 3 : 2)} cells, found {cells.Length}"));
            }

            var (from, fromName) = CodeAndName(text, number, cells[0]);
            var (to, toName) = CodeAndName(text, number, cells[1]);
            var split = hasSplit && cells[2].Trim() switch
            {
                "1" => true,
                "0" => false,
                var other => throw Problem(text, number, $"splittes must be 0 or 1, not '{other}'"),
            };
            rows.Add(new CodeChange(from, fromName, to, toName, split));
        }

        return rows;
    }

    private static (MunicipalityCode Code, string Name) CodeAndName(KlassText text, int line, string cell)
    {
        var match = CodeWithName().Match(cell.Trim());
        return match.Success
            ? (MunicipalityCode.Parse(match.Groups["code"].Value), match.Groups["name"].Value.Trim())
            : throw Problem(text, line, $"'{cell}' is not a number and name such as '0101 - Halden'");
    }

    private static IEnumerable<(string Line, int Number)> Lines(KlassText text)
    {
        var lines = text.Content.Split('\n');
        var any = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            any = true;
            yield return (line, i + 1);
        }

        if (!any)
        {
            throw new KlassDataException($"{text.FileName}: the file is empty.");
        }
    }

    private static KlassDataException Problem(KlassText text, int line, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{text.FileName}, line {line}: {problem}."));

    /// <summary>"Halden (-2019)", "Sarpsborg (1992-2019)"; "Våler (Viken) (2020-2023)" keeps "(Viken)" in the name.</summary>
    [GeneratedRegex(@"^(?<name>.+?) \((?<from>\d{4})?-(?<to>\d{4})\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Validity();

    /// <summary>"0101 - Halden" with plain or no-break spaces around the dash.</summary>
    [GeneratedRegex(@"^(?<code>\d{4})\s+-\s+(?<name>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeWithName();
}
