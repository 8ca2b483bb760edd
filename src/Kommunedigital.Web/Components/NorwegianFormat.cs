using System.Globalization;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Web.Components;

/// <summary>
/// The UI's culture. Numbers, ranks and counts are written in Core (<see cref="ScoreText"/>, <see cref="CountText"/>,
/// <see cref="ScoreStatus"/>) and carried by the model; only string comparison and searching still need the culture here.
/// </summary>
public static class NorwegianFormat
{
    /// <summary>The nb-NO culture (<see cref="ScoreText.Culture"/>).</summary>
    public static CultureInfo Culture => ScoreText.Culture;
}
