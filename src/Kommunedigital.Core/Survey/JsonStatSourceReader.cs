using System.Globalization;
using System.Text.Json;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// Reads a JSON-stat 2.0 dataset as SSB's PxWebApi v2 returns it into a long table (region, kommune, år,
/// statistikkvariabel, verdi, status), one row per observation numbered from 1, for the same row reader as CSV.
/// The region dimension is found by role "geo" or its id (Region, KOKkommuneregion0000), the year by role
/// "time" or "Tid", the indicator by role "metric" or "ContentsCode"; SSB's symbols come from "status".
/// </summary>
internal static class JsonStatSourceReader
{
    private static readonly string[] Header = ["region", "kommune", "år", "statistikkvariabel", "verdi", "status"];

    /// <exception cref="JsonException">The text is not JSON or not a JSON-stat 2.0 dataset; the message is bokmål.</exception>
    public static SourceTable Read(string text)
    {
        var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true });
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("dimension", out var dimensions) ||
            !root.TryGetProperty("id", out var ids) || !root.TryGetProperty("size", out var sizes) || !root.TryGetProperty("value", out var values))
        {
            throw new JsonException("Filen er JSON, men ikke et JSON-stat 2.0-datasett (mangler «id», «size», «dimension» eller «value»).");
        }

        var idList = ids.EnumerateArray().Select(i => i.GetString() ?? string.Empty).ToArray();
        var sizeList = sizes.EnumerateArray().Select(s => s.GetInt32()).ToArray();
        if (idList.Length != sizeList.Length)
        {
            throw new JsonException("«id» og «size» har ulik lengde.");
        }

        var dims = idList.Select((id, i) => JsonStatDimension.Read(id, dimensions.GetProperty(id), sizeList[i])).ToArray();
        var geo = Find(root, dims, "geo", ["region", "kokkommuneregion0000", "kommune", "kommunenummer"]);
        var time = Find(root, dims, "time", ["tid", "år", "aar", "year"]);
        var metric = Find(root, dims, "metric", ["contentscode", "statistikkvariabel", "indikator"]);
        foreach (var (name, index) in new[] { ("regionen", geo), ("året (Tid)", time), ("statistikkvariabelen (ContentsCode)", metric) })
        {
            if (index is null)
            {
                throw new JsonException($"Fant ikke dimensjonen for {name} i JSON-stat-datasettet.");
            }
        }

        var extra = dims.Select((d, i) => (d, i)).FirstOrDefault(x => x.i != geo && x.i != time && x.i != metric && x.d.Codes.Count > 1);
        if (extra.d is not null)
        {
            throw new JsonException($"Datasettet har en dimensjon til, «{extra.d.Label}», med {extra.d.Codes.Count.ToString(CultureInfo.InvariantCulture)} kategorier; velg én kategori i uttaket.");
        }

        var total = sizeList.Aggregate(1L, (a, b) => a * b);
        root.TryGetProperty("status", out var status);
        IEnumerable<SourceRow> All()
        {
            yield return new SourceRow(0, Header.Select(SourceCell.FromText).ToArray());
            var position = new int[dims.Length];
            for (var n = 0L; n < total; n++)
            {
                var rest = n;
                for (var d = dims.Length - 1; d >= 0; d--)
                {
                    position[d] = (int)(rest % sizeList[d]);
                    rest /= sizeList[d];
                }

                var region = dims[geo!.Value];
                var indicator = dims[metric!.Value];
                var p = position[metric.Value];
                var indicatorText = HeaderNames.TryMatchIndicator(indicator.Labels[p], out _) ? indicator.Labels[p] : indicator.Codes[p];
                yield return new SourceRow((int)(n + 1),
                [
                    SourceCell.FromText(region.Codes[position[geo.Value]]),
                    SourceCell.FromText(region.Labels[position[geo.Value]]),
                    SourceCell.FromText(dims[time!.Value].Codes[position[time.Value]]),
                    SourceCell.FromText(indicatorText),
                    Value(values, n),
                    SourceCell.FromText(Status(status, n)),
                ]);
            }
        }

        return new SourceTable("JSON-stat 2.0", All().Take(CsvSourceReader.HeadRows).ToArray(), All);
    }

    private static int? Find(JsonElement root, JsonStatDimension[] dims, string role, string[] ids)
    {
        if (root.TryGetProperty("role", out var roles) && roles.ValueKind == JsonValueKind.Object &&
            roles.TryGetProperty(role, out var named) && named.ValueKind == JsonValueKind.Array)
        {
            foreach (var id in named.EnumerateArray())
            {
                var index = Array.FindIndex(dims, d => d.Id == id.GetString());
                if (index >= 0)
                {
                    return index;
                }
            }
        }

        var byId = Array.FindIndex(dims, d => ids.Contains(d.Id.ToLowerInvariant()) || ids.Contains(HeaderNames.Normalise(d.Label)));
        return byId >= 0 ? byId : null;
    }

    private static SourceCell Value(JsonElement values, long n)
    {
        var value = values.ValueKind switch
        {
            JsonValueKind.Array => n < values.GetArrayLength() ? values[(int)n] : default,
            JsonValueKind.Object => values.TryGetProperty(n.ToString(CultureInfo.InvariantCulture), out var v) ? v : default,
            _ => default,
        };
        return value.ValueKind switch
        {
            JsonValueKind.Number => new SourceCell(value.GetDouble().ToString("R", CultureInfo.InvariantCulture), value.GetDouble()),
            JsonValueKind.String => SourceCell.FromText(value.GetString()),
            _ => SourceCell.Empty,
        };
    }

    private static string? Status(JsonElement status, long n) => status.ValueKind switch
    {
        JsonValueKind.String => status.GetString(),
        JsonValueKind.Array => n < status.GetArrayLength() && status[(int)n].ValueKind == JsonValueKind.String ? status[(int)n].GetString() : null,
        JsonValueKind.Object => status.TryGetProperty(n.ToString(CultureInfo.InvariantCulture), out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null,
        _ => null,
    };
}
