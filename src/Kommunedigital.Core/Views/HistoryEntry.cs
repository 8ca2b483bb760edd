using Kommunedigital.Core.Klass;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Views;

/// <summary>One municipality of one survey year in a <see cref="HistoryYear"/>, with its own values.</summary>
/// <param name="Number">Its number, shape code and name valid that year.</param>
/// <param name="Scores">Its scores in <c>IndicatorText.All</c> order; null where the dataset has no record.</param>
public sealed record HistoryEntry(ValidNumber Number, IReadOnlyList<Score?> Scores);
