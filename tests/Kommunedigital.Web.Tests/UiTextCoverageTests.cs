using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Kommunedigital.Web.Tests;

/// <summary>
/// The page texts are complete in both languages: read from the .resx files and the component sources themselves, so
/// a key added to one language only, a key used but never written, or bokmål typed into markup fails here.
/// </summary>
public sealed partial class UiTextCoverageTests
{
    private static readonly string WebRoot = Path.Combine(TestPaths.RepoRoot, "src", "Kommunedigital.Web");
    private static readonly string Resources = Path.Combine(WebRoot, "Resources", "Components");

    [Fact]
    public void EveryKeyHasANonEmptyTextWithTheSamePlaceholdersInBokmalAndInEnglish()
    {
        // Core's checker (tests/Shared/ResxKeyCoverage.cs), pointed at the Web's resources.
        Assert.NotEmpty(Entries(Path.Combine(Resources, "UiText.resx")));
        Assert.Empty(ResxKeyCoverage.Problems(Resources, "en"));
    }

    [Fact]
    public void EveryKeyTheComponentsLookUpIsInTheResources()
    {
        var keys = Entries(Path.Combine(Resources, "UiText.resx")).Keys.ToHashSet(StringComparer.Ordinal);
        var used = SourceFiles("*.razor").Concat(SourceFiles("*.cs"))
            .SelectMany(file => LookupPattern().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Key: m.Groups["key"].Value)))
            .ToList();

        Assert.NotEmpty(used);
        Assert.DoesNotContain(used, u => !keys.Contains(u.Key));
    }

    [Fact]
    public void NoBokmalLettersAreTypedIntoComponentMarkupOrStrings()
    {
        // Comments may be in any language; what a reader sees must come from the resources (or from Core's model).
        var found = new List<string>();
        foreach (var file in SourceFiles("*.razor").Where(f => !PublisherPages.Contains(Path.GetFileName(f))))
        {
            var text = RazorComment().Replace(File.ReadAllText(file), string.Empty);
            text = LineComment().Replace(text, string.Empty);
            foreach (Match match in NorwegianLetters().Matches(text))
            {
                found.Add($"{Path.GetFileName(file)}: {match.Value.Trim()}");
            }
        }

        Assert.Empty(found);
    }

    // The publisher's pages (sign-in, upload, draft preview) are SSB staff's tools behind a login, in bokmål only; no
    // reader reaches them and they have no /en route.
    private static readonly HashSet<string> PublisherPages = new(StringComparer.Ordinal) { "SignIn.razor", "Publish.razor", "PublishDraft.razor" };

    private static Dictionary<string, string> Entries(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    private static IEnumerable<string> SourceFiles(string pattern) =>
        Directory.EnumerateFiles(Path.Combine(WebRoot, "Components"), pattern, SearchOption.AllDirectories);

    // Text["Key"], Text.Format("Key", …), text["Key"] (MapTexts), PageText.Format(localizer, language, "Key", …).
    [GeneratedRegex("""(?:\b[Tt]ext\[\s*"(?<key>[A-Za-z0-9]+)"\s*\])|(?:\bText\.Format\(\s*"(?<key>[A-Za-z0-9]+)")|(?:PageText\.Format\([^"]*"(?<key>[A-Za-z0-9]+)")""")]
    private static partial Regex LookupPattern();

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"[^\s<>""]*[æøåÆØÅ][^\s<>""]*")]
    private static partial Regex NorwegianLetters();
}
