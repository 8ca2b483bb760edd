using System.Security.Cryptography;
using System.Text;

namespace Kommunedigital.Core.Klass;

/// <summary>
/// Reads KLASS files from the mirror folder and checks each against its SHA-256 before a byte is parsed.
/// There is no download fallback: the files are conversions pinned by hash, not files served at a stable
/// URL, so the mirror (<c>Data:KlassMirror</c>, default <c>../shared/data/klass</c>) is the only source.
/// </summary>
public sealed class KlassFileReader
{
    private const string MirrorSetting = "Data__KlassMirror";
    private const string SharedMirrorExample = "../shared/data/klass";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="mirrorDirectory">Absolute path of the folder holding the files by their manifest names, or null.</param>
    public KlassFileReader(string? mirrorDirectory)
    {
        MirrorDirectory = string.IsNullOrWhiteSpace(mirrorDirectory) ? null : Path.GetFullPath(mirrorDirectory);
    }

    /// <summary>The absolute mirror folder, or null when none is configured.</summary>
    public string? MirrorDirectory { get; }

    /// <summary>The file's text (UTF-8, a byte-order mark dropped) after its SHA-256 matched.</summary>
    /// <exception cref="KlassDataException">
    /// No mirror is set, the file is not in it, cannot be read, has another SHA-256 or is not UTF-8; the
    /// message names the file and the setting to change.
    /// </exception>
    public string ReadText(KlassFileEntry file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (MirrorDirectory is null)
        {
            throw new KlassDataException(
                $"{file.FileName}: no KLASS mirror is set. Set {MirrorSetting} to the folder holding the KLASS files (e.g. {MirrorSetting}={SharedMirrorExample}).");
        }

        var path = Path.Combine(MirrorDirectory, file.FileName);
        if (!File.Exists(path))
        {
            var where = Directory.Exists(MirrorDirectory)
                ? $"not in the KLASS mirror {MirrorDirectory}"
                : $"the KLASS mirror folder {MirrorDirectory} does not exist";
            throw new KlassDataException(
                $"{file.FileName}: {where}. Set {MirrorSetting} to the folder holding the KLASS files (e.g. {MirrorSetting}={SharedMirrorExample}).");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KlassDataException($"{file.FileName}: cannot read {path} ({e.Message}).", e);
        }

        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (actual != file.Sha256)
        {
            throw new KlassDataException(
                $"{file.FileName} in the KLASS mirror {MirrorDirectory}: SHA-256 mismatch (expected {file.Sha256}, got {actual}). " +
                $"The file is damaged or another version; replace it with the file from {file.Source} or point {MirrorSetting} at a good copy.");
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            throw new KlassDataException($"{file.FileName}: not UTF-8 text ({e.Message}).", e);
        }
    }

    /// <summary>Reads and parses every file of <paramref name="manifest"/>.</summary>
    /// <exception cref="KlassDataException">A file is missing, damaged or malformed, as <see cref="ReadText"/> and <see cref="KlassTables.Parse"/> describe.</exception>
    public KlassTables ReadAll(KlassManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return KlassTables.Parse(
            new KlassText(manifest.Harmonisation.FileName, ReadText(manifest.Harmonisation)),
            manifest.ChangeLists.Select(c => (c.EffectiveYear, new KlassText(c.File.FileName, ReadText(c.File)))),
            manifest.BoundaryAdjustments);
    }
}
