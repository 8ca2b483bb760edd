using System.Security.Cryptography;
using System.Text;
using Kommunedigital.Core.Klass;

namespace Kommunedigital.Core.Tests.Klass;

public sealed class KlassFileReaderTests : IDisposable
{
    private const string Harmonisation = "gruppekode;gruppenavn;kommunenummer;kommunenavn_med_gyldighet\n" +
                                         "K.3201;Bærum;3201;Bærum\nK.3201;Bærum;0219;Bærum (-2019)\nK.3114;Våler (Østfold);3018;Våler (Viken) (2020-2023)\n" +
                                         "K.Rest;Delte kommuner og uoppgitt;1854;Ballangen (1925-2019)\n";

    private const string Changes = "kommuner_2019;kommuner_2020;splittes\r\n0219\u00a0-\u00a0Bærum;3024\u00a0-\u00a0Bærum;0\r\n";

    private readonly string _mirror = Path.Combine(Path.GetTempPath(), "kommunedigital-tests", "klass-" + Guid.NewGuid().ToString("N"));

    public KlassFileReaderTests() => Directory.CreateDirectory(_mirror);

    [Fact]
    public void ReadsTheRealKlassFilesThroughTheManifest()
    {
        var manifest = KlassManifest.Read(Path.Combine(TestPaths.RepoRoot, "data", "klass.json"));

        var tables = new KlassFileReader(TestPaths.KlassMirror).ReadAll(manifest);

        Assert.Equal(861, tables.Harmonised.Count); // 862 rows less "0716u" (Våle until 2001, a reused number)
        Assert.Equal([2019, 2020], tables.ChangeLists.Select(c => c.EffectiveYear));
        Assert.Equal(4, tables.ChangeLists[0].Changes.Count);
        Assert.Equal(313, tables.ChangeLists[1].Changes.Count);
        Assert.Equal(5, tables.ChangeLists[1].Changes.Count(c => c.Split));
    }

    [Fact]
    public void ParsesNumbersNamesValidityAndGroups()
    {
        var (harmonisation, changes) = Write();

        var tables = new KlassFileReader(_mirror).ReadAll(new KlassManifest(harmonisation, [new KlassChangeListEntry(changes, 2020)]));

        Assert.True(tables.TryGetHarmonised(Kommunedigital.Core.Boundaries.MunicipalityCode.Parse("3018"), out var valer));
        Assert.Equal(("Våler (Viken)", (int?)2020, (int?)2023, "K.3114"), (valer.Name, valer.ValidFromYear, valer.ValidToYear, valer.GroupCode));
        Assert.True(tables.TryGetHarmonised(Kommunedigital.Core.Boundaries.MunicipalityCode.Parse("0219"), out var baerum));
        Assert.Equal(("Bærum", (int?)null, (int?)2019, "3201"), (baerum.Name, baerum.ValidFromYear, baerum.ValidToYear, baerum.GroupMunicipality?.Value));
        Assert.True(tables.TryGetHarmonised(Kommunedigital.Core.Boundaries.MunicipalityCode.Parse("1854"), out var ballangen));
        Assert.True(ballangen.IsSplit);
        Assert.Null(ballangen.GroupMunicipality);
        var change = Assert.Single(tables.ChangeLists[0].Changes);
        Assert.Equal(("0219", "Bærum", "3024", "Bærum", false), (change.From.Value, change.FromName, change.To.Value, change.ToName, change.Split));
    }

    [Fact]
    public void AMissingFileIsNamedWithTheSettingToChange()
    {
        var (harmonisation, _) = Write();
        File.Delete(Path.Combine(_mirror, harmonisation.FileName));

        var e = Assert.Throws<KlassDataException>(() => new KlassFileReader(_mirror).ReadText(harmonisation));

        Assert.Equal(
            $"kommuner-harmonisert-2024.csv: not in the KLASS mirror {_mirror}. Set Data__KlassMirror to the folder holding the KLASS files (e.g. Data__KlassMirror=../shared/data/klass).",
            e.Message);
    }

    [Fact]
    public void AMissingMirrorFolderIsSaidAsSuch()
    {
        var (harmonisation, _) = Write();
        var missing = Path.Combine(_mirror, "nowhere");

        var e = Assert.Throws<KlassDataException>(() => new KlassFileReader(missing).ReadText(harmonisation));

        Assert.StartsWith($"kommuner-harmonisert-2024.csv: the KLASS mirror folder {missing} does not exist.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACorruptFileIsRejectedWithBothHashes()
    {
        var (harmonisation, _) = Write();
        var path = Path.Combine(_mirror, harmonisation.FileName);
        File.WriteAllText(path, Harmonisation.Replace("Bærum;3201", "Bærum;3202", StringComparison.Ordinal));
        var actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

        var e = Assert.Throws<KlassDataException>(() => new KlassFileReader(_mirror).ReadText(harmonisation));

        Assert.StartsWith(
            $"kommuner-harmonisert-2024.csv in the KLASS mirror {_mirror}: SHA-256 mismatch (expected {harmonisation.Sha256}, got {actual}).",
            e.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void AMalformedRowNamesFileAndLine()
    {
        var (harmonisation, changes) = Write(changes: "kommuner_2019;kommuner_2020;splittes\n0219 - Bærum;3024 Bærum;0\n");

        var e = Assert.Throws<KlassDataException>(() =>
            new KlassFileReader(_mirror).ReadAll(new KlassManifest(harmonisation, [new KlassChangeListEntry(changes, 2020)])));

        Assert.Equal("endringer-2019-2020.csv, line 2: '3024 Bærum' is not a number and name such as '0101 - Halden'.", e.Message);
    }

    [Fact]
    public void TheManifestRejectsAFolderInAFileName()
    {
        const string json = """
            { "harmonisation": { "fileName": "../k.csv", "sha256": "d9ed1a8ccfdc81a4a79ece447d29c312e55db3db88eef9b24b61eb4a8ccfc8b9", "source": "x" },
              "changeLists": [] }
            """;

        var e = Assert.Throws<KlassDataException>(() => KlassManifest.Parse(json, "test.json"));

        Assert.Equal("KLASS manifest test.json: harmonisation.fileName '../k.csv' must be a plain file name without a folder.", e.Message);
    }

    [Fact]
    public void TheManifestNeedsAnEffectiveYearPerChangeList()
    {
        const string json = """
            { "harmonisation": { "fileName": "k.csv", "sha256": "d9ed1a8ccfdc81a4a79ece447d29c312e55db3db88eef9b24b61eb4a8ccfc8b9", "source": "x" },
              "changeLists": [ { "fileName": "e.csv", "sha256": "d9ed1a8ccfdc81a4a79ece447d29c312e55db3db88eef9b24b61eb4a8ccfc8b9", "source": "y" } ] }
            """;

        var e = Assert.Throws<KlassDataException>(() => KlassManifest.Parse(json, "test.json"));

        Assert.Equal("KLASS manifest test.json: changeLists[0].effectiveYear is missing.", e.Message);
    }

    public void Dispose() => Directory.Delete(_mirror, recursive: true);

    private (KlassFileEntry Harmonisation, KlassFileEntry Changes) Write(string harmonisation = Harmonisation, string changes = Changes) =>
        (WriteFile("kommuner-harmonisert-2024.csv", harmonisation), WriteFile("endringer-2019-2020.csv", changes));

    private KlassFileEntry WriteFile(string name, string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        File.WriteAllBytes(Path.Combine(_mirror, name), bytes);
        return new KlassFileEntry(name, Convert.ToHexStringLower(SHA256.HashData(bytes)), "test");
    }
}
