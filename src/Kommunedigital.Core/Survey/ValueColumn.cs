namespace Kommunedigital.Core.Survey;

/// <summary>
/// A column of scores. Its indicator and year come from its header when the header names them ("Digital
/// prioritering", "Digital prioritering 2022", "2022"), otherwise from the row's indicator and year columns.
/// </summary>
/// <param name="Index">Zero-based column.</param>
/// <param name="Indicator">The indicator named by the header, or null to take the row's.</param>
/// <param name="Year">The year named by the header, or null to take the row's.</param>
/// <param name="Status">A column of SSB symbols belonging to this one, if any.</param>
internal sealed record ValueColumn(int Index, Indicator? Indicator, int? Year, int? Status);
