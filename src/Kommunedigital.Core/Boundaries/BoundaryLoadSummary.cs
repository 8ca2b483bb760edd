using System.Globalization;

namespace Kommunedigital.Core.Boundaries;

/// <summary>
/// What a boundary load produced, for the start-up log line:
/// "3 boundary sets (422/356/357 municipalities, 18/11/15 counties)".
/// </summary>
/// <param name="SetIds">Set ids, oldest first.</param>
/// <param name="MunicipalityCounts">Municipalities per set, same order.</param>
/// <param name="CountyCounts">Counties per set, same order.</param>
public sealed record BoundaryLoadSummary(IReadOnlyList<string> SetIds, IReadOnlyList<int> MunicipalityCounts, IReadOnlyList<int> CountyCounts)
{
    public static BoundaryLoadSummary Of(BoundaryCatalog catalog) =>
        new(
            catalog.Sets.Select(s => s.Id).ToArray(),
            catalog.Sets.Select(s => s.Municipalities.Count).ToArray(),
            catalog.Sets.Select(s => s.Counties.Count).ToArray());

    /// <summary>"3 boundary sets (422/356/357 municipalities, 18/11/15 counties)".</summary>
    public override string ToString()
    {
        var sets = SetIds.Count == 1 ? "1 boundary set" : $"{SetIds.Count.ToString(CultureInfo.InvariantCulture)} boundary sets";
        return $"{sets} ({Join(MunicipalityCounts)} municipalities, {Join(CountyCounts)} counties)";
    }

    private static string Join(IReadOnlyList<int> counts) =>
        string.Join('/', counts.Select(c => c.ToString(CultureInfo.InvariantCulture)));
}
