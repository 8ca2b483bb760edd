using ClosedXML.Excel;

namespace Kommunedigital.Core.Tests.Survey;

/// <summary>Binary fixtures made at run time: simpler to read here than to commit as opaque files.</summary>
internal static class SurveyFixtures
{
    /// <summary>
    /// An .xlsx shaped like an SSB statbank download: an info sheet first, then a table sheet with a merged
    /// title, a unit line and a blank row above the header, codes as a number (301), as region text
    /// ("3201 Bærum") and as "K-4601", a score as text with decimal comma, a formula, SSB symbols, and a
    /// source footnote below.
    /// </summary>
    public static byte[] SsbWorkbook()
    {
        using var workbook = new XLWorkbook();
        var info = workbook.AddWorksheet("Om tabellen");
        info.Cell(1, 1).SetValue("Tabellen viser indeksene for digital prioritering, kompetanse og aktivitet.");
        info.Cell(2, 1).SetValue("Kilde: Statistisk sentralbyrå");

        var sheet = workbook.AddWorksheet("Tabell");
        sheet.Cell(1, 1).SetValue("12345: Digitalisering i kommunene, etter region, statistikkvariabel og år");
        sheet.Range(1, 1, 1, 5).Merge();
        sheet.Cell(2, 1).SetValue("Indeks (0-100)");
        string[] headers = ["region", "år", "Digital prioritering", "Digital kompetanse", "Digital aktivitet"];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(4, c + 1).SetValue(headers[c]);
        }

        sheet.Cell(5, 1).SetValue(301);
        sheet.Cell(5, 2).SetValue(2024);
        sheet.Cell(5, 3).SetValue(72.5);
        sheet.Cell(5, 4).SetValue(70.1);
        sheet.Cell(5, 5).SetValue("..");

        sheet.Cell(6, 1).SetValue("3201 Bærum");
        sheet.Cell(6, 2).SetValue("2024");
        sheet.Cell(6, 3).SetValue("64,3");
        sheet.Cell(6, 4).FormulaA1 = "60+1.5";
        sheet.Cell(6, 5).SetValue(":");

        sheet.Cell(7, 1).SetValue("K-4601");
        sheet.Cell(7, 2).SetValue(2024);
        sheet.Cell(7, 3).SetValue("-");
        sheet.Cell(7, 4).SetValue(58.8);
        sheet.Cell(7, 5).SetValue(59.9);

        sheet.Cell(9, 1).SetValue("Kilde: Statistisk sentralbyrå");
        sheet.Cell(10, 1).SetValue("Sist endret: 1. oktober 2024");

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>The first half of a real workbook, as a broken download leaves it.</summary>
    public static byte[] TruncatedWorkbook()
    {
        var whole = SsbWorkbook();
        return whole[..(whole.Length / 2)];
    }

    /// <summary>The start of a PNG file: signature and IHDR chunk of a 1×1 image.</summary>
    public static byte[] Png() =>
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
        0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01,
        0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
    ];

    /// <summary>The OLE2 compound-file header every Excel 97-2003 .xls starts with.</summary>
    public static byte[] OldExcel()
    {
        var bytes = new byte[1024];
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(bytes, 0);
        return bytes;
    }
}
