using Microsoft.Playwright;

namespace Kommunedigital.Bench.Browser;

/// <summary>A change of one map control whose recolour is timed.</summary>
/// <param name="Change">"indicator", "year", "county" or "mode" (level ↔ change view).</param>
/// <param name="Prepare">
/// Reads the control as a user sees it and picks the new value; returns the values before and after and the
/// action that makes the change (run after the probe is armed), or null when there is nothing to change to.
/// </param>
public sealed record ControlChange(string Change, Func<IPage, Task<PreparedChange?>> Prepare)
{
    /// <summary>A &lt;select&gt; found by its label; <paramref name="choose"/> picks from the option values and the current one.</summary>
    public static ControlChange Select(string change, string label, Func<IReadOnlyList<string>, string, string?> choose) =>
        new(change, async page =>
        {
            var control = page.GetByLabel(label, new() { Exact = true });
            var current = await control.InputValueAsync();
            var options = await control.Locator("option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
            return choose(options, current) is { } value
                ? new PreparedChange(current, value, () => control.SelectOptionAsync(value))
                : null;
        });

    /// <summary>A radio group (a fieldset with this legend): checks the radio after the checked one.</summary>
    public static ControlChange NextRadio(string change, string groupName) =>
        new(change, async page =>
        {
            var radios = page.GetByRole(AriaRole.Group, new() { Name = groupName, Exact = true }).GetByRole(AriaRole.Radio);
            var count = await radios.CountAsync();
            for (var i = 0; i < count; i++)
            {
                if (await radios.Nth(i).IsCheckedAsync())
                {
                    var next = radios.Nth((i + 1) % count);
                    return new PreparedChange(await radios.Nth(i).InputValueAsync(), await next.InputValueAsync(), () => next.CheckAsync());
                }
            }

            return null;
        });
}
