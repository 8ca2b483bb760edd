using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// Writes every fault and name warning of a report as CSV for Norwegian Excel (UTF-8 with BOM, ';'): columns
/// <c>rad;kolonne;type;årsak;detalj</c>, in row order.
/// </summary>
internal static class ProblemListWriter
{
    public static void Write(ImportReport report, Stream output)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", NewLine = "\r\n", HasHeaderRecord = false };
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 65536, leaveOpen: true);
        using var csv = new CsvWriter(writer, configuration);
        foreach (var header in (ReadOnlySpan<string>)["rad", "kolonne", "type", "årsak", "detalj"])
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        var all = report.Problems.Select(p => (Problem: p, Kind: "avvist"))
            .Concat(report.NameWarnings.Select(p => (Problem: p, Kind: "advarsel")))
            .OrderBy(p => p.Problem.Row);
        foreach (var (problem, kind) in all)
        {
            csv.WriteField(problem.Row.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(problem.Column ?? string.Empty);
            csv.WriteField(kind);
            csv.WriteField(problem.Reason);
            csv.WriteField(problem.Detail);
            csv.NextRecord();
        }

        csv.Flush();
    }
}
