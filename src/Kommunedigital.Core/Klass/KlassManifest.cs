using System.Globalization;
using System.Text.Json;

namespace Kommunedigital.Core.Klass;

/// <summary>
/// The KLASS manifest (<c>data/klass.json</c>): the harmonisation file and the change lists, each with its
/// SHA-256 and source. Immutable; <see cref="Read"/> and <see cref="Parse"/> check it whole, so a loaded
/// manifest has plain unique file names, 64-digit hashes and change lists in increasing effective years.
/// </summary>
public sealed class KlassManifest
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <param name="harmonisation">SSB's grouping of every municipality number to the newest structure.</param>
    /// <param name="changeLists">Change lists, any order; effective years must be unique.</param>
    /// <exception cref="KlassDataException">File names repeat or effective years repeat.</exception>
    public KlassManifest(KlassFileEntry harmonisation, IEnumerable<KlassChangeListEntry> changeLists)
        : this(harmonisation, changeLists, [])
    {
    }

    /// <param name="harmonisation">SSB's grouping of every municipality number to the newest structure.</param>
    /// <param name="changeLists">Change lists, any order; effective years must be unique.</param>
    /// <param name="boundaryAdjustments">Territory changes under an unchanged number that KLASS does not show.</param>
    /// <exception cref="KlassDataException">File names repeat or effective years repeat.</exception>
    public KlassManifest(KlassFileEntry harmonisation, IEnumerable<KlassChangeListEntry> changeLists, IEnumerable<BoundaryAdjustment> boundaryAdjustments)
    {
        ArgumentNullException.ThrowIfNull(boundaryAdjustments);
        BoundaryAdjustments = boundaryAdjustments.OrderBy(a => a.EffectiveYear).ThenBy(a => a.Code).ToArray();
        ArgumentNullException.ThrowIfNull(harmonisation);
        ArgumentNullException.ThrowIfNull(changeLists);
        Harmonisation = harmonisation;
        ChangeLists = changeLists.OrderBy(c => c.EffectiveYear).ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal) { harmonisation.FileName };
        foreach (var list in ChangeLists)
        {
            if (!names.Add(list.File.FileName))
            {
                throw new KlassDataException($"KLASS manifest: the file '{list.File.FileName}' is listed twice.");
            }
        }

        foreach (var duplicate in ChangeLists.GroupBy(c => c.EffectiveYear).Where(g => g.Count() > 1))
        {
            throw new KlassDataException(string.Create(
                CultureInfo.InvariantCulture,
                $"KLASS manifest: two change lists take effect in {duplicate.Key} ({string.Join(", ", duplicate.Select(d => d.File.FileName))})."));
        }
    }

    /// <summary>The harmonisation file (<c>kommuner-harmonisert-2024.csv</c>).</summary>
    public KlassFileEntry Harmonisation { get; }

    /// <summary>The change lists, oldest effective year first.</summary>
    public IReadOnlyList<KlassChangeListEntry> ChangeLists { get; }

    /// <summary>Territory changes under an unchanged number, found by geometry (oldest first).</summary>
    public IReadOnlyList<BoundaryAdjustment> BoundaryAdjustments { get; }

    /// <summary>Every file: the harmonisation file first, then the change lists in order.</summary>
    public IEnumerable<KlassFileEntry> Files => ChangeLists.Select(c => c.File).Prepend(Harmonisation);

    /// <summary>Reads and checks the manifest file.</summary>
    /// <exception cref="KlassDataException">The file is missing, unreadable or not a valid manifest; the message names it.</exception>
    public static KlassManifest Read(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KlassDataException($"KLASS manifest {path} cannot be read ({e.Message}). Check Data:KlassManifest.", e);
        }

        return Parse(json, path);
    }

    /// <summary>Parses and checks manifest JSON; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="KlassDataException">The JSON is not a valid manifest.</exception>
    public static KlassManifest Parse(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new KlassDataException($"KLASS manifest {source}: the top level must be a JSON object.");
            }

            AllowOnly(root, "", source, "harmonisation", "changeLists", "boundaryAdjustments");
            var harmonisation = ReadFile(Required(root, "harmonisation", "", source), "harmonisation", source, effectiveYear: false).File;
            var lists = Required(root, "changeLists", "", source);
            if (lists.ValueKind != JsonValueKind.Array)
            {
                throw new KlassDataException($"KLASS manifest {source}: changeLists must be a JSON array.");
            }

            var changeLists = lists.EnumerateArray()
                .Select((item, i) => ReadFile(item, string.Create(CultureInfo.InvariantCulture, $"changeLists[{i}]"), source, effectiveYear: true))
                .Select(f => new KlassChangeListEntry(f.File, f.EffectiveYear!.Value))
                .ToArray();
            var adjustments = new List<BoundaryAdjustment>();
            if (root.TryGetProperty("boundaryAdjustments", out var adjustmentList))
            {
                if (adjustmentList.ValueKind != JsonValueKind.Array)
                {
                    throw new KlassDataException($"KLASS manifest {source}: boundaryAdjustments must be a JSON array.");
                }

                var index = 0;
                foreach (var item in adjustmentList.EnumerateArray())
                {
                    var path = string.Create(CultureInfo.InvariantCulture, $"boundaryAdjustments[{index++}]");
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        throw new KlassDataException($"KLASS manifest {source}: {path} must be a JSON object.");
                    }

                    AllowOnly(item, path, source, "effectiveYear", "code", "comment");
                    var year = Required(item, "effectiveYear", path, source);
                    if (year.ValueKind != JsonValueKind.Number || !year.TryGetInt32(out var effective) || effective is < 1838 or > 9999)
                    {
                        throw new KlassDataException($"KLASS manifest {source}: {path}.effectiveYear must be a year such as 2020.");
                    }

                    var codeText = RequiredString(item, "code", path, source);
                    if (codeText.Length != 4 || !Boundaries.MunicipalityCode.TryParse(codeText, out var code))
                    {
                        throw new KlassDataException($"KLASS manifest {source}: {path}.code must be a four-digit municipality number.");
                    }

                    adjustments.Add(new BoundaryAdjustment(effective, code));
                }
            }

            return new KlassManifest(harmonisation, changeLists, adjustments);
        }
        catch (JsonException e)
        {
            throw new KlassDataException($"KLASS manifest {source} is not valid JSON: {e.Message}", e);
        }
    }

    private static (KlassFileEntry File, int? EffectiveYear) ReadFile(JsonElement node, string path, string source, bool effectiveYear)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            throw new KlassDataException($"KLASS manifest {source}: {path} must be a JSON object.");
        }

        if (effectiveYear)
        {
            AllowOnly(node, path, source, "fileName", "sha256", "source", "effectiveYear");
        }
        else
        {
            AllowOnly(node, path, source, "fileName", "sha256", "source");
        }

        var fileName = RequiredString(node, "fileName", path, source);
        if (fileName != Path.GetFileName(fileName) || fileName is "." or ".." || fileName.Contains('\\', StringComparison.Ordinal))
        {
            throw new KlassDataException($"KLASS manifest {source}: {path}.fileName '{fileName}' must be a plain file name without a folder.");
        }

        var sha256 = RequiredString(node, "sha256", path, source).ToLowerInvariant();
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigit))
        {
            throw new KlassDataException($"KLASS manifest {source}: {path}.sha256 must be 64 hexadecimal digits.");
        }

        var file = new KlassFileEntry(fileName, sha256, RequiredString(node, "source", path, source));
        if (!effectiveYear)
        {
            return (file, null);
        }

        var year = Required(node, "effectiveYear", path, source);
        if (year.ValueKind != JsonValueKind.Number || !year.TryGetInt32(out var value) || value is < 1838 or > 9999)
        {
            throw new KlassDataException($"KLASS manifest {source}: {path}.effectiveYear must be a year such as 2019.");
        }

        return (file, value);
    }

    private static JsonElement Required(JsonElement node, string name, string path, string source) =>
        node.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new KlassDataException($"KLASS manifest {source}: {Combine(path, name)} is missing.");

    private static string RequiredString(JsonElement node, string name, string path, string source)
    {
        var value = Required(node, name, path, source);
        return value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : throw new KlassDataException($"KLASS manifest {source}: {Combine(path, name)} must be non-empty text.");
    }

    private static void AllowOnly(JsonElement node, string path, string source, params string[] names)
    {
        foreach (var property in node.EnumerateObject())
        {
            if (!names.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new KlassDataException(
                    $"KLASS manifest {source}: {Combine(path, property.Name)} is not a known setting (expected {string.Join(", ", names)}).");
            }
        }
    }

    private static string Combine(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
