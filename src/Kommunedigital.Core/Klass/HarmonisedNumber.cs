using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Klass;

/// <summary>
/// One row of SSB's harmonisation: a municipality number valid at some time, the name it last had, when it
/// was valid as far as KLASS says, and the group of the newest structure it is harmonised to.
/// </summary>
/// <param name="Code">The municipality number.</param>
/// <param name="Name">Its name at the end of its validity (the year range removed from "Halden (-2019)").</param>
/// <param name="ValidFromYear">First year of validity, when KLASS gives it ("(1964-2019)"); null when open ("(-2019)") or not stated.</param>
/// <param name="ValidToYear">Last year of validity; null when the number is valid in the newest structure (no year range).</param>
/// <param name="GroupCode">
/// SSB's group: <c>K.NNNN</c> for a municipality of the newest structure, <c>K.Rest</c> for a municipality
/// split between several successors (or "uoppgitt"), <c>K.21-22</c> for Svalbard and Jan Mayen.
/// </param>
/// <param name="GroupName">The group's name ("Halden", "Delte kommuner og uoppgitt").</param>
public sealed record HarmonisedNumber(
    MunicipalityCode Code,
    string Name,
    int? ValidFromYear,
    int? ValidToYear,
    string GroupCode,
    string GroupName)
{
    /// <summary>The group code of municipalities that were split and so have no single successor.</summary>
    public const string SplitGroup = "K.Rest";

    /// <summary>True when this number belongs to <see cref="SplitGroup"/>.</summary>
    public bool IsSplit => GroupCode == SplitGroup;

    /// <summary>
    /// The municipality of the newest structure this number is harmonised to (<c>K.3201</c> → 3201), or null for
    /// <c>K.Rest</c>, <c>K.21-22</c> and any other group that is not one municipality.
    /// </summary>
    public MunicipalityCode? GroupMunicipality =>
        GroupCode.Length == 6 && GroupCode.StartsWith("K.", StringComparison.Ordinal) && MunicipalityCode.TryParse(GroupCode[2..], out var code)
            ? code
            : null;
}
