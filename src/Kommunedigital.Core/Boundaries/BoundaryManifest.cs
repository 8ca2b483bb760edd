using System.Globalization;
using System.Text.Json;

namespace Kommunedigital.Core.Boundaries;

/// <summary>
/// The boundary manifest (<c>data/boundaries.json</c>): every boundary file with its pinned URL and
/// SHA-256, and every boundary set with the files and property names it is read from. Immutable;
/// <see cref="Read"/> and <see cref="Parse"/> check it whole, so a loaded manifest is consistent:
/// file names unique and plain, every set's files listed, CRS names supported, county numbers valid.
/// </summary>
public sealed class BoundaryManifest
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private readonly Dictionary<string, BoundaryFileEntry> _filesByName;

    /// <param name="files">Every file, unique names.</param>
    /// <param name="sets">Every set, unique ids and valid-from dates; their files appear in <paramref name="files"/>.</param>
    /// <exception cref="BoundaryDataException">The entries contradict each other.</exception>
    public BoundaryManifest(IEnumerable<BoundaryFileEntry> files, IEnumerable<BoundarySetEntry> sets)
        : this(files, sets, source: null)
    {
    }

    private BoundaryManifest(IEnumerable<BoundaryFileEntry> files, IEnumerable<BoundarySetEntry> sets, string? source)
    {
        var prefix = source is null ? "Boundary manifest:" : $"Boundary manifest {source}:";
        Files = files.ToArray();
        Sets = sets.OrderBy(s => s.ValidFrom).ToArray();
        _filesByName = new Dictionary<string, BoundaryFileEntry>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            if (!_filesByName.TryAdd(file.FileName, file))
            {
                throw new BoundaryDataException($"{prefix} the file '{file.FileName}' is listed twice.");
            }
        }

        if (Sets.Count == 0)
        {
            throw new BoundaryDataException($"{prefix} no boundary sets are listed.");
        }

        foreach (var duplicate in Sets.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            throw new BoundaryDataException($"{prefix} the set id '{duplicate.Key}' is used twice.");
        }

        foreach (var duplicate in Sets.GroupBy(s => s.ValidFrom).Where(g => g.Count() > 1))
        {
            throw new BoundaryDataException(
                $"{prefix} sets {string.Join(" and ", duplicate.Select(s => s.Id))} have the same validFrom {duplicate.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.");
        }

        foreach (var set in Sets)
        {
            foreach (var layer in new[] { set.Municipalities, set.Counties })
            {
                if (layer is not null && !_filesByName.ContainsKey(layer.File))
                {
                    throw new BoundaryDataException(
                        $"{prefix} set {set.Id} uses '{layer.File}', which is not in the manifest's file list.");
                }
            }
        }
    }

    /// <summary>Every listed file, in manifest order (some, like a detailed baseline, belong to no set).</summary>
    public IReadOnlyList<BoundaryFileEntry> Files { get; }

    /// <summary>Boundary sets ordered by <see cref="BoundarySetEntry.ValidFrom"/>, oldest first.</summary>
    public IReadOnlyList<BoundarySetEntry> Sets { get; }

    /// <summary>The files the sets are read from, each once, in set order.</summary>
    public IReadOnlyList<BoundaryFileEntry> SetFiles =>
        Sets.SelectMany(s => new[] { s.Municipalities, s.Counties })
            .OfType<BoundaryLayerEntry>()
            .Select(l => l.File)
            .Distinct(StringComparer.Ordinal)
            .Select(name => _filesByName[name])
            .ToArray();

    /// <summary>The listed file with this name.</summary>
    /// <exception cref="BoundaryDataException">The manifest does not list it.</exception>
    public BoundaryFileEntry File(string fileName) =>
        _filesByName.TryGetValue(fileName, out var file)
            ? file
            : throw new BoundaryDataException($"Boundary manifest: '{fileName}' is not in the file list.");

    /// <summary>Reads and checks the manifest at <paramref name="path"/>.</summary>
    /// <exception cref="BoundaryDataException">Missing, unreadable, not JSON, or inconsistent; the message says where.</exception>
    public static BoundaryManifest Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BoundaryDataException(
                $"Boundary manifest {path} cannot be read ({e.Message}). Check the setting Data:BoundaryManifest.", e);
        }

        return Parse(bytes, path);
    }

    /// <summary>Parses and checks manifest JSON; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="BoundaryDataException">Not JSON, or a required entry is missing or wrong.</exception>
    public static BoundaryManifest Parse(ReadOnlyMemory<byte> utf8Json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8Json, DocumentOptions);
            var root = new Node(document.RootElement, "", source);
            root.AllowOnly("files", "sets");
            var files = root.RequiredArray("files").Select(ReadFile).ToArray();
            var sets = root.RequiredArray("sets").Select(ReadSet).ToArray();
            return new BoundaryManifest(files, sets, source);
        }
        catch (JsonException e)
        {
            throw new BoundaryDataException(
                $"Boundary manifest {source} is not valid JSON{BoundaryFeatureReader.LineOf(e)}: {e.Message}", e);
        }
    }

    private static BoundaryFileEntry ReadFile(Node node)
    {
        node.AllowOnly("fileName", "url", "sha256");
        var fileName = node.RequiredString("fileName");
        if (fileName != Path.GetFileName(fileName) || fileName is "." or ".." || fileName.Contains('\\', StringComparison.Ordinal))
        {
            throw node.Error("fileName", $"'{fileName}' must be a plain file name without a folder");
        }

        var urlText = node.RequiredString("url");
        if (!Uri.TryCreate(urlText, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw node.Error("url", $"'{urlText}' is not an absolute http(s) URL");
        }

        var sha256 = node.RequiredString("sha256").ToLowerInvariant();
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigit))
        {
            throw node.Error("sha256", "must be 64 hexadecimal digits");
        }

        return new BoundaryFileEntry(fileName, url, sha256);
    }

    private static BoundarySetEntry ReadSet(Node node)
    {
        node.AllowOnly("id", "validFrom", "municipalities", "counties", "countyNames");
        var id = node.RequiredString("id");
        var validFromText = node.RequiredString("validFrom");
        if (!DateOnly.TryParseExact(validFromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var validFrom))
        {
            throw node.Error("validFrom", $"'{validFromText}' is not a date written yyyy-MM-dd");
        }

        var municipalities = ReadLayer(node.RequiredObject("municipalities"), nameRequired: true);
        var counties = node.OptionalObject("counties") is { } countyNode ? ReadLayer(countyNode, nameRequired: false) : null;

        var countyNames = new Dictionary<CountyCode, string>();
        var table = node.RequiredObject("countyNames");
        foreach (var property in table.Element.EnumerateObject())
        {
            if (property.Name.Length != 2 || !CountyCode.TryParse(property.Name, out var code))
            {
                throw table.Error(property.Name, "a county number must be two digits, e.g. \"03\"");
            }

            if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
            {
                throw table.Error(property.Name, "must be the county's name as text");
            }

            countyNames[code] = property.Value.GetString()!.Trim();
        }

        if (countyNames.Count == 0)
        {
            throw node.Error("countyNames", "lists no counties");
        }

        return new BoundarySetEntry(id, validFrom, municipalities, counties, countyNames);
    }

    private static BoundaryLayerEntry ReadLayer(Node node, bool nameRequired)
    {
        node.AllowOnly("file", "crs", "codeProperty", "nameProperty");
        var crs = node.RequiredString("crs");
        if (!BoundaryCrs.TryParse(crs, out var epsg))
        {
            throw node.Error("crs", $"'{crs}' is not supported; use one of {BoundaryCrs.SupportedText}");
        }

        return new BoundaryLayerEntry(
            node.RequiredString("file"),
            BoundaryCrs.Name(epsg),
            node.RequiredString("codeProperty"),
            nameRequired ? node.RequiredString("nameProperty") : node.OptionalString("nameProperty"));
    }

    /// <summary>A JSON object with its path, so every error says where it is ("sets[1].municipalities.crs").</summary>
    private readonly record struct Node(JsonElement Element, string Path, string Source)
    {
        public BoundaryDataException Error(string property, string problem) =>
            new($"Boundary manifest {Source}: {Combine(property)} {problem}.");

        public void AllowOnly(params string[] names)
        {
            if (Element.ValueKind != JsonValueKind.Object)
            {
                throw new BoundaryDataException(
                    $"Boundary manifest {Source}: {(Path.Length == 0 ? "the top level" : Path)} must be a JSON object.");
            }

            foreach (var property in Element.EnumerateObject())
            {
                if (!names.Contains(property.Name, StringComparer.Ordinal))
                {
                    throw Error(property.Name, $"is not a known setting (expected {string.Join(", ", names)})");
                }
            }
        }

        public string RequiredString(string name) =>
            OptionalString(name) ?? throw Error(name, "is missing");

        public string? OptionalString(string name)
        {
            if (!Element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
                ? value.GetString()!.Trim()
                : throw Error(name, "must be non-empty text");
        }

        public Node RequiredObject(string name) =>
            OptionalObject(name) ?? throw Error(name, "is missing");

        public Node? OptionalObject(string name)
        {
            if (!Element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return value.ValueKind == JsonValueKind.Object ? new Node(value, Combine(name), Source) : throw Error(name, "must be a JSON object");
        }

        public IEnumerable<Node> RequiredArray(string name)
        {
            if (!Element.TryGetProperty(name, out var value))
            {
                throw Error(name, "is missing");
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                throw Error(name, "must be a JSON array");
            }

            var path = Combine(name);
            var source = Source;
            return value.EnumerateArray().Select((item, i) => new Node(item, $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]", source)).ToArray();
        }

        private string Combine(string name) => Path.Length == 0 ? name : Path + "." + name;
    }
}
