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

    [Fact]
    public async Task PlayStepsThroughEveryYearToTheLastAndStopsWithoutAddingHistoryEntries()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
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
}
