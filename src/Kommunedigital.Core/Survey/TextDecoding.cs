using System.Text;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// Turns CSV bytes into text. UTF-8 (with or without BOM) when the bytes are valid UTF-8, UTF-16 when
/// a BOM says so (Excel's "Unicode text"), otherwise Windows-1252 — the superset of ISO-8859-1 that
/// Norwegian Excel writes — so "Bærum" and "Tromsø" survive either way.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding Windows1252 = CreateWindows1252();

    public static bool HasUtf16Bom(ReadOnlySpan<byte> content) =>
        content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>True for no bytes, or nothing but a BOM and white space.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }

        foreach (var b in content)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <returns>The text without any BOM, and the encoding's name for the report.</returns>
    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(content[2..]), "UTF-16");
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(content[2..]), "UTF-16");
        }

        var hasBom = content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var body = hasBom ? content[3..] : content;
        try
        {
            return (StrictUtf8.GetString(body), hasBom ? "UTF-8 with BOM" : "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (Windows1252.GetString(body), "Windows-1252");
        }
    }

    private static Encoding CreateWindows1252()
    {
        // Registering is idempotent and only adds encodings; .NET Core knows only Latin-1 without it.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
