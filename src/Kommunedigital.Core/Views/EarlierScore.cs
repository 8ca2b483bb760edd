using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Views;

/// <summary>A municipality number's score in an earlier year.</summary>
/// <param name="Year">The earlier survey year.</param>
/// <param name="Name">The municipality's name in that year's structure (a number can change name or county).</param>
/// <param name="Score">The score; null when the dataset has no record for that year.</param>
public sealed record EarlierScore(int Year, string Name, Score? Score);
