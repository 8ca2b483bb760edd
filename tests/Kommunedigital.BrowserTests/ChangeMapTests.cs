using System.Text.RegularExpressions;

namespace Kommunedigital.BrowserTests;

/// <summary>The time control, and the change map between two years across the municipal reforms (issue 13).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChangeMapTests(BrowserApp app)
{
    [Fact]
    public async Task NextAndPreviousYearMoveTheUrlsYearAndRedrawTheMapOnThatYearsBoundaries()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?aar=2022");
        await page.WaitForMapAsync(shapes: 356);
        var steps = page.GetByRole(AriaRole.Group, new() { Name = "Bla i årene" });

        await steps.GetByRole(AriaRole.Button, new() { Name = "Neste år" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]aar=2024(&|$)"));
        await page.WaitForMapAsync(shapes: 357);
        await Assertions.Expect(page.Locator("#karttittel")).ToHaveTextAsync("Digital prioritering 2024");
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "År", Exact = true })).ToHaveValueAsync("2024");
        // The last year: "Neste år" stays focusable but says it does nothing.
        await Assertions.Expect(steps.GetByRole(AriaRole.Button, new() { Name = "Neste år" })).ToHaveAttributeAsync("aria-disabled", "true");

        // From the keyboard: previous twice walks back to 2018 on the 2018 boundaries.
        var previous = steps.GetByRole(AriaRole.Button, new() { Name = "Forrige år" });
        await previous.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]aar=2022(&|$)"));
        await page.WaitForMapAsync(shapes: 356);
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]aar=2018(&|$)"));
        await page.WaitForMapAsync(shapes: 422);
        await Assertions.Expect(previous).ToHaveAttributeAsync("aria-disabled", "true");

        // Each step is a history entry.
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]aar=2022(&|$)"));
        await page.WaitForMapAsync(shapes: 356);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PlayStepsThroughEveryYearToTheLastAndStopsWithoutAddingHistoryEntries(bool reducedMotion)
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        if (reducedMotion)
        {
            // A reader who asks for less motion still gets play, only slower.
            await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        }

        await page.GotoAsync("?aar=2018&indikator=kompetanse");
        await page.WaitForMapAsync(shapes: 422);
        var historyLength = await page.EvaluateAsync<int>("() => history.length");

        var seen = new List<string>();
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                seen.Add(Regex.Match(new Uri(frame.Url).Query, "aar=([0-9]+)").Groups[1].Value);
            }
        };
        var play = page.GetByRole(AriaRole.Group, new() { Name = "Bla i årene" }).GetByRole(AriaRole.Button, new() { Name = "Spill av" });
        await play.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Pause" })).ToBeVisibleAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]aar=2024(&|$)"), new() { Timeout = 20_000 });
        await page.WaitForMapAsync(shapes: 357);
        // Stopped at the last year: the button offers play again.
        await Assertions.Expect(play).ToBeVisibleAsync();
        Assert.Equal(historyLength, await page.EvaluateAsync<int>("() => history.length"));
        Assert.Equal(["2022", "2024"], seen);
    }

    [Fact]
    public async Task AChangeMapHasAsManyNotComparableShapesAsTheLegendCountsEachWithItsOwnPattern()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?endring=2018-2022");
        await page.WaitForMapAsync(shapes: 356);
        await Assertions.Expect(page.Locator("#karttittel")).ToHaveTextAsync("Endring i digital prioritering 2018–2022");

        var legendRow = page.Locator(".legend-classes li[data-status='ikke-sammenlignbar']");
        await Assertions.Expect(legendRow.Locator(".legend-range")).ToHaveTextAsync("Ikke sammenlignbar");
        var legendCount = int.Parse((await legendRow.Locator(".legend-count").TextContentAsync())!.Split(' ')[0], MapPage.Norwegian);
        var notComparable = page.Locator("path[data-kind='ikke-sammenlignbar']");
        Assert.True(legendCount > 0);
        Assert.Equal(legendCount, await notComparable.CountAsync());

        // The seven diverging classes count the rest: every shape is in a class or not comparable.
        var classes = await LegendRow.ReadAsync(page);
        Assert.Equal(7, classes.Count);
        Assert.Equal(await page.Locator("path[data-kind='verdi']").CountAsync(), classes.Sum(c => c.Municipalities));
        Assert.Equal(356, classes.Sum(c => c.Municipalities) + legendCount);

        // Their own hatch: a pattern, not a missing-data one (no municipality lacks data in the sample).
        var fills = await notComparable.EvaluateAllAsync<string[]>("paths => [...new Set(paths.map(p => getComputedStyle(p).fill))]");
        Assert.Single(fills);
        Assert.StartsWith("url(", fills[0], StringComparison.Ordinal);
        var swatch = await legendRow.Locator(".swatch").EvaluateAsync<string>("s => getComputedStyle(s).backgroundImage");
        Assert.StartsWith("repeating-linear-gradient", swatch, StringComparison.Ordinal);

        // The embed draws the same change with the same legend.
        var embed = await context.NewPageAsync();
        await embed.GotoAsync("embed?endring=2018-2022");
        await embed.WaitForMapAsync(shapes: 356);
        await Assertions.Expect(embed.Locator(".legend-classes li[data-status='ikke-sammenlignbar'] .legend-count")).ToHaveTextAsync($"{legendCount} kommuner");
        Assert.Equal(legendCount, await embed.Locator("path[data-kind='ikke-sammenlignbar']").CountAsync());
    }

    [Theory]
    [InlineData("?endring=2018-2022&kommune=5401")]
    [InlineData("tabell?endring=2018-2024&fylke=31")]
    public async Task AxeFindsNoSeriousViolationInAChangeView(string path)
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        if (path.StartsWith('?'))
        {
            await page.WaitForMapAsync(selected: "5401", shapes: 356);
        }
        else
        {
            await Assertions.Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
            await page.WaitForFunctionAsync("() => document.title.length > 0");
        }

        Assert.Empty(await page.SeriousAccessibilityViolationsAsync());
    }

    [Fact]
    public async Task TheChangeTooltipGivesBothYearsValuesTheChangeAndItsRankOrWhyNot()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?endring=2018-2024");
        await page.WaitForMapAsync(shapes: 357);

        // Tromsø's prioritering in the sample data: 54,1 in 2018 (1902), 63,2 in 2024 (5501).
        var tromso = await page.HoverMunicipalityAsync("5501");
        Assert.Equal(["Tromsø", "Digital prioritering"], new[] { tromso[0], tromso[2] });
        Assert.Matches(@"^Fra 54,1 \(2018\) til 63,2 \(2024\): \+9,1 poeng, nr\. \d+ av \d+$", tromso[3]);

        var indreOstfold = await page.HoverMunicipalityAsync("3118");
        Assert.Equal("Indre Østfold", indreOstfold[0]);
        Assert.StartsWith("Ikke sammenlignbar: Indre Østfold ble dannet etter 2018 av flere kommuner.", indreOstfold[3], StringComparison.Ordinal);
        foreach (var predecessor in new[] { "0122", "0123", "0124", "0125", "0138" })
        {
            Assert.Contains($"({predecessor}) 2018: ", indreOstfold[3], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheModeSwitchRoundTripsThroughTheUrlAndTheDetailsShowTheSelectedMunicipalitysChange()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?aar=2022&kommune=5401");
        await page.WaitForMapAsync(selected: "5401", shapes: 356);
        var mode = page.GetByRole(AriaRole.Group, new() { Name = "Vis", Exact = true });

        await mode.GetByRole(AriaRole.Radio, new() { Name = "Endring mellom to år" }).CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]endring=2018-2022(&|$)"));
        Assert.DoesNotMatch("[?&]aar=", new Uri(page.Url).Query);
        await page.WaitForMapAsync(selected: "5401", shapes: 356);
        await Assertions.Expect(page.Locator("#karttittel")).ToHaveTextAsync("Endring i digital prioritering 2018–2022");
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Fra år", Exact = true })).ToHaveValueAsync("2018");
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Til år", Exact = true })).ToHaveValueAsync("2022");
        // Tromsø's prioritering: 54,1 in 2018 (1902), 62,7 in 2022 (5401).
        await Assertions.Expect(page.Locator(".details-change p")).ToHaveTextAsync(new Regex(@"^Fra 54,1 \(2018\) til 62,7 \(2022\): \+8,6 poeng, nr\. \d+ av \d+$"));

        // The link opens the same view.
        var copy = await context.NewPageAsync();
        await copy.GotoAsync(page.Url);
        await copy.WaitForMapAsync(selected: "5401", shapes: 356);
        await Assertions.Expect(copy.GetByRole(AriaRole.Radio, new() { Name = "Endring mellom to år" })).ToBeCheckedAsync();

        await mode.GetByRole(AriaRole.Radio, new() { Name = "Nivå i ett år" }).CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]aar=2022(&|$)"));
        Assert.DoesNotMatch("[?&]endring=", new Uri(page.Url).Query);
        await page.WaitForMapAsync(selected: "5401", shapes: 356);
        await Assertions.Expect(page.Locator("#karttittel")).ToHaveTextAsync("Digital prioritering 2022");
        await Assertions.Expect(page.Locator(".details-change")).ToHaveCountAsync(0);

        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]endring=2018-2022(&|$)"));
        await page.WaitForMapAsync(selected: "5401", shapes: 356);
        await Assertions.Expect(mode.GetByRole(AriaRole.Radio, new() { Name = "Endring mellom to år" })).ToBeCheckedAsync();
    }

    [Fact]
    public async Task InAChangeViewTheTimeControlMovesTheLaterYear()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?endring=2018-2022");
        await page.WaitForMapAsync(shapes: 356);
        var steps = page.GetByRole(AriaRole.Group, new() { Name = "Bla i årene" });
        // 2022 is the first year after 2018: nothing to step back to without leaving the change.
        await Assertions.Expect(steps.GetByRole(AriaRole.Button, new() { Name = "Forrige år" })).ToHaveAttributeAsync("aria-disabled", "true");

        await steps.GetByRole(AriaRole.Button, new() { Name = "Neste år" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]endring=2018-2024(&|$)"));
        await page.WaitForMapAsync(shapes: 357);
        await Assertions.Expect(page.Locator("#karttittel")).ToHaveTextAsync("Endring i digital prioritering 2018–2024");

        await steps.GetByRole(AriaRole.Button, new() { Name = "Forrige år" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]endring=2018-2022(&|$)"));
        await page.WaitForMapAsync(shapes: 356);
    }

    [Fact]
    public async Task TheChangeTableHasBothYearsValuesTheChangeAndTheStatus()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("tabell?endring=2018-2024");

        var tromso = await page.RowAsync("5501");
        Assert.Equal(
            ("54,1", "63,2", "+9,1", "sammenlignbar"),
            (tromso["Verdi 2018"], tromso["Verdi 2024"], tromso["Endring (poeng)"], tromso["Status"]));
        var indreOstfold = await page.RowAsync("3118");
        Assert.Equal(("–", "Ikke sammenlignbar", "–"), (indreOstfold["Verdi 2018"], indreOstfold["Endring (poeng)"], indreOstfold["Rangering"]));
        Assert.StartsWith("Ikke sammenlignbar: Indre Østfold ble dannet etter 2018 av flere kommuner.", indreOstfold["Status"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheChangeCsvsDifferenceIsLaterMinusEarlierFromTheWholeDatasetDownload()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?endring=2018-2024");
        await page.WaitForMapAsync(shapes: 357);

        // The real links of the "Last ned" menu: this view's table, and every year and municipality.
        await page.GetByText("Last ned", new() { Exact = true }).ClickAsync();
        var viewCsv = await CsvAsync(page, "Tabell (CSV)");
        var datasetCsv = await CsvAsync(page, "Alle år og kommuner (CSV)");

        // Each municipality under the number valid in each year (SSB KLASS): Tromsø and Bærum were renumbered in 2020
        // and 2024, Oslo kept its number.
        foreach (var (earlier, later) in new[] { ("1902", "5501"), ("0219", "3201"), ("0301", "0301") })
        {
            var from = Number(datasetCsv.Single(r => r["kommunenummer"] == earlier && r["år"] == "2018")["digital_prioritering"]);
            var to = Number(datasetCsv.Single(r => r["kommunenummer"] == later && r["år"] == "2024")["digital_prioritering"]);
            var row = viewCsv.Single(r => r["kommunenummer"] == later);
            Assert.Equal((earlier, "2018", "2024"), (row["fra_kommunenummer"], row["fra_år"], row["til_år"]));
            Assert.Equal(Math.Round(to - from, 1), Number(row["endring"]));
        }
    }

    /// <summary>The rows of the CSV behind the page's download link <paramref name="label"/>, by header.</summary>
    private static async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> CsvAsync(IPage page, string label)
    {
        var href = await page.GetByRole(AriaRole.Link, new() { Name = label, Exact = true }).GetAttributeAsync("href");
        var response = await page.APIRequest.GetAsync(href!);
        Assert.True(response.Ok, $"{href}: {response.Status}");
        var lines = (await response.TextAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => Fields(l.TrimEnd('\r'))).ToArray();
        return [.. lines.Skip(1).Select(fields => (IReadOnlyDictionary<string, string>)lines[0].Zip(fields).ToDictionary(p => p.First, p => p.Second))];
    }

    // One line of the Excel dialect: ';'-separated, fields with ';' or '"' quoted (no line breaks in these files' fields).
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ';')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    // "54,3", "+9,1", "−3,1" (U+2212) → a number.
    private static double Number(string text) => MapPage.ParseNumber(text.Replace('\u2212', '-').TrimStart('+'));
}
