using System.Text.Json;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// Opens a file's bytes as the tables it holds: the sheets of a workbook, a CSV text once per plausible separator,
/// or a JSON-stat dataset. The kind is decided by the bytes; a file that is none of these gets one message.
/// </summary>
internal static class SourceTables
{
    public static (IReadOnlyList<SourceTable>? Tables, (string? Format, string Message)? Failure) Read(byte[] bytes)
    {
        switch (SourceSniffer.Detect(bytes, out var binaryName))
        {
            case SourceFileKind.Empty:
                return Fail(null, "Filen er tom.");
            case SourceFileKind.OldExcel:
                return Fail(null, "Filen er lagret i det gamle Excel 97-2003-formatet (.xls); lagre den som .xlsx eller CSV og prøv igjen.");
            case SourceFileKind.Binary:
                return Fail(null, $"Filen er ikke et regneark, en CSV-fil eller JSON-stat{(binaryName is null ? string.Empty : $" (den ser ut som {binaryName})")}; forventet en Excel-arbeidsbok (.xlsx), en CSV-fil eller JSON-stat 2.0.");
            case SourceFileKind.Xlsx:
                try
                {
                    using var stream = new MemoryStream(bytes, writable: false);
                    return (XlsxSourceReader.Read(stream), null);
                }
                catch (Exception)
                {
                    // ClosedXML, System.IO.Packaging and the ZIP reader throw a dozen exception types for a damaged
                    // file; none of their messages helps a publisher, so this one replaces them all.
                    return Fail("Excel-arbeidsbok", "Filen kunne ikke åpnes som Excel-arbeidsbok (.xlsx): den er skadet, ufullstendig (for eksempel avbrutt under nedlasting) eller ikke en arbeidsbok. Åpne den i Excel og lagre på nytt, eller eksporter den som CSV.");
                }

            default:
                var (text, encodingName) = TextDecoding.Decode(bytes);
                if (text.AsSpan().TrimStart().StartsWith("{"))
                {
                    try
                    {
                        return ([JsonStatSourceReader.Read(text)], null);
                    }
                    catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
                    {
                        return Fail("JSON-stat", "Filen kunne ikke leses som JSON-stat 2.0: " + ex.Message);
                    }
                }

                try
                {
                    return (CsvSourceReader.Separators.Select(s => CsvSourceReader.Read(text, s, encodingName)).ToArray(), null);
                }
                catch (Exception ex) when (ex is CsvHelper.CsvHelperException)
                {
                    return Fail("CSV", "Filen kunne ikke leses som CSV: " + ex.Message);
                }
        }
    }

    private static (IReadOnlyList<SourceTable>?, (string?, string)?) Fail(string? format, string message) => (null, (format, message));
}
