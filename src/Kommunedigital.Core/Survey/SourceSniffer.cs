namespace Kommunedigital.Core.Survey;

/// <summary>
/// Decides a file's kind from its content. Names lie (a PNG renamed .xlsx, a CSV saved as .xls), so
/// the extension is never consulted.
/// </summary>
internal static class SourceSniffer
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole2Magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly (byte[] Magic, string Name)[] KnownBinaries =
    [
        ([0x89, 0x50, 0x4E, 0x47], "et PNG-bilde"),
        ([0xFF, 0xD8, 0xFF], "et JPEG-bilde"),
        ([0x47, 0x49, 0x46, 0x38], "et GIF-bilde"),
        ([0x25, 0x50, 0x44, 0x46], "et PDF-dokument"),
        ([0x1F, 0x8B], "et gzip-arkiv"),
        ([0x52, 0x61, 0x72, 0x21], "et RAR-arkiv"),
        ([0x37, 0x7A, 0xBC, 0xAF], "et 7-Zip-arkiv"),
    ];

    public static SourceFileKind Detect(ReadOnlySpan<byte> content, out string? binaryName)
    {
        binaryName = null;
        if (TextDecoding.IsBlank(content))
        {
            return SourceFileKind.Empty;
        }

        if (content.StartsWith(ZipMagic))
        {
            return SourceFileKind.Xlsx;
        }

        if (content.StartsWith(Ole2Magic))
        {
            return SourceFileKind.OldExcel;
        }

        foreach (var (magic, name) in KnownBinaries)
        {
            if (content.StartsWith(magic))
            {
                binaryName = name;
                return SourceFileKind.Binary;
            }
        }

        if (TextDecoding.HasUtf16Bom(content))
        {
            return SourceFileKind.Text;
        }

        // Text files have no NUL bytes and few control characters; anything else is some binary format.
        var probe = content[..Math.Min(content.Length, 8192)];
        var control = 0;
        foreach (var b in probe)
        {
            if (b == 0)
            {
                return SourceFileKind.Binary;
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\r' and not (byte)'\n' and not 0x0C)
            {
                control++;
            }
        }

        return control * 100 > probe.Length ? SourceFileKind.Binary : SourceFileKind.Text;
    }
}
