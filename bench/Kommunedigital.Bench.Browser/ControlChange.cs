namespace Kommunedigital.Bench.Browser;

/// <summary>A change of one map control whose recolour is timed.</summary>
/// <param name="Change">"indicator", "year" or "county".</param>
/// <param name="Label">The control's accessible name (its label), as a user finds it.</param>
/// <param name="ChooseValue">Given the option values and the current one, the value to select (null: nothing suitable).</param>
public sealed record ControlChange(string Change, string Label, Func<IReadOnlyList<string>, string, string?> ChooseValue);
