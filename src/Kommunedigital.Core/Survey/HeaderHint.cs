namespace Kommunedigital.Core.Survey;

/// <summary>
/// What a header's text suggests a column holds. Only a hint: <see cref="HeaderFinder"/> lets the cells below decide.
/// </summary>
/// <param name="Role">The suggested role.</param>
/// <param name="Indicator">For a score or status column, the indicator its header names.</param>
/// <param name="Year">For a score column headed "Digital prioritering 2022" or "2022", the year in the header.</param>
internal readonly record struct HeaderHint(ColumnRole Role, Indicator? Indicator = null, int? Year = null);
