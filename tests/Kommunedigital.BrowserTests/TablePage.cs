namespace Kommunedigital.BrowserTests;

/// <summary>Reads the table view ("/tabell") by its column headers.</summary>
internal static class TablePage
{
    /// <summary>The row of a municipality as header → cell text ("Verdi" → "54,3").</summary>
    public static async Task<IReadOnlyDictionary<string, string>> RowAsync(this IPage page, string code)
    {
        var row = page.Locator($"tr#kommune-{code}");
        await Assertions.Expect(row).ToBeVisibleAsync();
        return await row.EvaluateAsync<Dictionary<string, string>>(
            """
            row => {
              // A header is its sort button's label; the arrow after it is decoration.
              const heads = [...row.closest("table").querySelectorAll("thead th")]
                .map(th => (th.querySelector("button")?.firstChild?.textContent ?? th.textContent).trim());
              return Object.fromEntries([...row.children].map((cell, i) => [heads[i], cell.textContent.trim()]));
            }
            """);
    }
}
