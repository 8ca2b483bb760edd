using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Kommunedigital.Tests;

/// <summary>
/// Holds every resource file in a folder to its translations, by reading the .resx XML itself (not through a
/// ResourceManager, which would fall back to the neutral text and hide a missing one): for each neutral
/// <c>Name.resx</c>, each <c>Name.{culture}.resx</c> must exist and have the same keys, each value non-empty, with the
/// same <c>{n}</c> placeholders. Shared by the test projects, so the Web's resources are checked the same way.
/// </summary>
internal static partial class ResxKeyCoverage
{
    /// <summary>
    /// What is wrong in <paramref name="folder"/> (searched recursively) for <paramref name="cultures"/>, one line per
    /// problem, e.g. "ReaderText.en.resx: no 'Legend.Heading'"; empty when every key is translated.
    /// </summary>
    public static IReadOnlyList<string> Problems(string folder, params string[] cultures)
    {
        var problems = new List<string>();
        var neutralFiles = Directory.GetFiles(folder, "*.resx", SearchOption.AllDirectories)
            .Where(f => !cultures.Any(c => f.EndsWith($".{c}.resx", StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (neutralFiles.Count == 0)
        {
            problems.Add($"{folder}: no .resx files");
        }

        foreach (var neutralPath in neutralFiles)
        {
            var name = Path.GetFileNameWithoutExtension(neutralPath);
            var neutral = Read(neutralPath);
            foreach (var (key, value) in neutral.Where(e => string.IsNullOrWhiteSpace(e.Value)))
            {
                problems.Add($"{name}.resx: '{key}' is empty");
            }

            foreach (var culture in cultures)
            {
                var file = $"{name}.{culture}.resx";
                var path = Path.Combine(Path.GetDirectoryName(neutralPath)!, file);
                if (!File.Exists(path))
                {
                    problems.Add($"{file}: missing");
                    continue;
                }

                var translated = Read(path);
                foreach (var (key, value) in neutral)
                {
                    if (!translated.TryGetValue(key, out var text))
                    {
                        problems.Add($"{file}: no '{key}'");
                    }
                    else if (string.IsNullOrWhiteSpace(text))
                    {
                        problems.Add($"{file}: '{key}' is empty");
                    }
                    else if (!Placeholders(value).SetEquals(Placeholders(text)))
                    {
                        problems.Add($"{file}: '{key}' has other placeholders than {name}.resx");
                    }
                }

                foreach (var key in translated.Keys.Where(k => !neutral.ContainsKey(k)))
                {
                    problems.Add($"{file}: '{key}' is not in {name}.resx");
                }
            }
        }

        return problems;
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .Where(d => d.Attribute("type") is null)
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
