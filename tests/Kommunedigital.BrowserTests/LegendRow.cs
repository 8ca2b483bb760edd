using System.Text.Json;

namespace Kommunedigital.BrowserTests;

/// <summary>One class of the legend as a person reads it: its range and the swatch's computed colour.</summary>
internal sealed record LegendRow(double Lower, double Upper, string Colour, string Count)
{
    /// <summary>The value classes of the page's legend (not "Mangler data" or "Utenfor valgt fylke").</summary>
    public static async Task<IReadOnlyList<LegendRow>> ReadAsync(IPage page)
    {
        var items = await page.Locator(".legend-classes li:has(.swatch:not(.swatch-missing):not(.swatch-outside))").EvaluateAllAsync<JsonElement>(
            """
            items => items.map(li => ({
              range: li.querySelector(".legend-range").textContent.trim(),
              colour: getComputedStyle(li.querySelector(".swatch")).backgroundColor,
              count: li.querySelector(".legend-count").textContent.trim(),
            }))
            """);
        return items.EnumerateArray().Select(item =>
        {
            var range = item.GetProperty("range").GetString()!.Split('–');
            return new LegendRow(
                MapPage.ParseNumber(range[0]),
                MapPage.ParseNumber(range[1]),
                item.GetProperty("colour").GetString()!,
                item.GetProperty("count").GetString()!);
        }).ToList();
    }

    /// <summary>Municipalities counted in a class ("12 kommuner" → 12).</summary>
    public int Municipalities => int.Parse(Count.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
