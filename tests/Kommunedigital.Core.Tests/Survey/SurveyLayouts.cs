using System.Globalization;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Tests.Survey;

/// <summary>
/// Writes a dataset in each layout a publisher may have, independently of the importer: the oracle for the round
/// trips. A number is written with one decimal (comma when the separator is ';'), an SSB symbol as itself, an empty
/// cell for <see cref="Score.NotStated"/>, and nothing at all for a municipality the dataset does not have.
/// </summary>
public static class SurveyLayouts
{
    public enum Layout
    {
        /// <summary>kommunenummer;kommune;år;digital_…;status_… (our own download).</summary>
        WideWithStatus,

        /// <summary>region;statistikkvariabel;år;skår — symbols in the value cell, "K-0301 Oslo" codes.</summary>
        Long,

        /// <summary>region;Digital prioritering 2018;… — PxWeb's pivot with the year in each header.</summary>
        WideByIndicatorAndYear,

        /// <summary>region;statistikkvariabel;2018;2022;2024 — PxWeb's pivot with years as columns.</summary>
        WideByYear,
    }

    public static string[][] Table(SurveyDataset dataset, BoundaryCatalog catalog, Layout layout, bool decimalComma)
    {
        string Cell(Score? score) => score switch
        {
            null => string.Empty,
            { Symbol: { } s } => SsbSymbolText.Symbol(s),
            { Value: { } v } => decimalComma ? v.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',') : v.ToString("0.0", CultureInfo.InvariantCulture),
            _ => string.Empty,
        };
        string NameOf(MunicipalityCode code, int year) => catalog.ForYear(year)!.TryGetMunicipality(code, out var m) ? m.Name : "?";
        var keys = dataset.Records.Select(r => (r.Municipality, r.Year)).Distinct().ToArray();
        var rows = new List<string[]>();
        switch (layout)
        {
            case Layout.WideWithStatus:
                rows.Add(["kommunenummer", "kommune", "år", .. IndicatorText.All.Select(i => "digital_" + IndicatorText.Slug(i)), .. IndicatorText.All.Select(i => "status_" + IndicatorText.Slug(i))]);
                foreach (var (code, year) in keys)
                {
                    var scores = IndicatorText.All.Select(i => dataset.Get(code, year, i)).ToArray();
                    rows.Add([code.Value, NameOf(code, year), year.ToString(CultureInfo.InvariantCulture),
                        .. scores.Select(s => s is { Symbol: { } sym } && sym != SsbSymbol.Nil ? string.Empty : Cell(s is { Symbol: SsbSymbol.Nil } ? Score.Of(0) : s)),
                        .. scores.Select(s => s?.Symbol is { } sym ? SsbSymbolText.Symbol(sym) : string.Empty)]);
                }

                break;
            case Layout.Long:
                rows.Add(["region", "statistikkvariabel", "år", "skår"]);
                foreach (var record in dataset.Records)
                {
                    rows.Add([$"K-{record.Municipality.Value} {NameOf(record.Municipality, record.Year)}", IndicatorText.Label(record.Indicator), record.Year.ToString(CultureInfo.InvariantCulture), Cell(record.Score)]);
                }

                break;
            case Layout.WideByIndicatorAndYear:
                rows.Add(["region", .. dataset.Years.SelectMany(y => IndicatorText.All.Select(i => $"{IndicatorText.Label(i)} {y}"))]);
                foreach (var code in keys.Select(k => k.Municipality).Distinct().Order())
                {
                    var year = keys.First(k => k.Municipality == code).Year;
                    rows.Add([$"{code.Value} {NameOf(code, year)}", .. dataset.Years.SelectMany(y => IndicatorText.All.Select(i => Cell(dataset.Get(code, y, i))))]);
                }

                break;
            case Layout.WideByYear:
                rows.Add(["region", "statistikkvariabel", .. dataset.Years.Select(y => y.ToString(CultureInfo.InvariantCulture))]);
                foreach (var code in keys.Select(k => k.Municipality).Distinct().Order())
                {
                    var year = keys.First(k => k.Municipality == code).Year;
                    foreach (var indicator in IndicatorText.All)
                    {
                        rows.Add([$"{code.Value} {NameOf(code, year)}", IndicatorText.Label(indicator), .. dataset.Years.Select(y => Cell(dataset.Get(code, y, indicator)))]);
                    }
                }

                break;
        }

        return rows.ToArray();
    }

    public static byte[] Csv(string[][] table, char separator, Encoding encoding, bool quoteAll = false)
    {
        var text = new StringBuilder();
        foreach (var row in table)
        {
            text.Append(string.Join(separator, row.Select(c => quoteAll || c.Contains(separator) || c.Contains('"') ? "\"" + c.Replace("\"", "\"\"") + "\"" : c))).Append("\r\n");
        }

        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(string[][] table)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Data");
        for (var r = 0; r < table.Length; r++)
        {
            for (var c = 0; c < table[r].Length; c++)
            {
                var text = table[r][c];
                if (r > 0 && double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !text.Contains(' '))
                {
                    sheet.Cell(r + 1, c + 1).SetValue(number);
                }
                else
                {
                    sheet.Cell(r + 1, c + 1).SetValue(text);
                }
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>JSON-stat 2.0 as PxWebApi v2 writes it: Region × ContentsCode × Tid, nulls with a status member.</summary>
    public static byte[] JsonStat(SurveyDataset dataset, BoundaryCatalog catalog, bool kPrefix)
    {
        var codes = dataset.Records.Select(r => r.Municipality).Distinct().Order().ToArray();
        var years = dataset.Years;
        var values = new List<double?>();
        var status = new Dictionary<string, string>();
        foreach (var code in codes)
        {
            foreach (var indicator in IndicatorText.All)
            {
                foreach (var year in years)
                {
                    var score = dataset.Get(code, year, indicator);
                    if (score?.Symbol is { } symbol)
                    {
                        status[values.Count.ToString(CultureInfo.InvariantCulture)] = SsbSymbolText.Symbol(symbol);
                    }

                    values.Add(score?.Value);
                }
            }
        }

        string Key(MunicipalityCode c) => kPrefix ? "K-" + c.Value : c.Value;
        var names = codes.ToDictionary(Key, c => catalog.Sets.Select(s => s.TryGetMunicipality(c, out var m) ? m.Name : null).First(n => n is not null)!);
        var document = new Dictionary<string, object>
        {
            ["version"] = "2.0",
            ["class"] = "dataset",
            ["label"] = "13xxx: Digitalisering i kommunene, etter region, statistikkvariabel og år",
            ["source"] = "Statistisk sentralbyrå",
            ["id"] = new[] { "Region", "ContentsCode", "Tid" },
            ["size"] = new[] { codes.Length, 3, years.Count },
            ["role"] = new Dictionary<string, string[]> { ["time"] = ["Tid"], ["geo"] = ["Region"], ["metric"] = ["ContentsCode"] },
            ["dimension"] = new Dictionary<string, object>
            {
                ["Region"] = Dimension("region", codes.Select(Key).ToArray(), names),
                ["ContentsCode"] = Dimension("statistikkvariabel", ["DigPrior", "DigKomp", "DigAkt"], new Dictionary<string, string> { ["DigPrior"] = "Digital prioritering", ["DigKomp"] = "Digital kompetanse", ["DigAkt"] = "Digital aktivitet" }),
                ["Tid"] = Dimension("år", years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray(), years.ToDictionary(y => y.ToString(CultureInfo.InvariantCulture), y => y.ToString(CultureInfo.InvariantCulture))),
            },
            ["value"] = values,
            ["status"] = status,
        };
        return JsonSerializer.SerializeToUtf8Bytes(document);
    }

    private static Dictionary<string, object> Dimension(string label, string[] codes, Dictionary<string, string> labels) => new()
    {
        ["label"] = label,
        ["category"] = new Dictionary<string, object>
        {
            ["index"] = codes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i),
            ["label"] = labels,
        },
    };
}
