namespace Kommunedigital.Core.Views;

/// <summary>
/// The colours and patterns every map is drawn with besides the class colours (those come from
/// <c>SequentialPalette</c>): the page and the embed receive them from C# (map payload and generated CSS
/// custom properties), the drawn exports read them directly, so no colour is typed twice.
/// </summary>
public static class MapPalette
{
    /// <summary>Ground of municipalities without a value, under their hatch.</summary>
    public const string MissingColour = "#d9d9d9";

    /// <summary>Hatch lines over missing municipalities and their legend swatches; also outlines legend swatches.</summary>
    public const string HatchColour = "#8c8c8c";

    /// <summary>Fill of municipalities outside the county filter.</summary>
    public const string OutsideColour = "#f0f0f0";

    /// <summary>Outline of the highlighted municipality (and of one under the pointer on the page); the text colour.</summary>
    public const string HighlightColour = "#1a1a1a";

    /// <summary>Line between municipalities.</summary>
    public const string BorderColour = "#ffffff";

    /// <summary>County outlines on the page when a county is chosen.</summary>
    public const string CountyOutlineColour = "#4d4d4d";

    /// <summary>
    /// The hatch of a missing municipality, as the angle in degrees of the hatch lines' normal, clockwise from the
    /// x axis with y down (what SVG's <c>rotate()</c> does to a vertical line): 45 draws "/" (an SSB symbol), -45
    /// draws "\" (an empty cell), 90 draws horizontal lines (no record), 0 draws vertical lines (not comparable, in a
    /// change view). Null for a value or outside the selection.
    /// </summary>
    public static int? HatchAngle(EntryStatus status) => status switch
    {
        EntryStatus.SsbSymbol => 45,
        EntryStatus.NotStated => -45,
        EntryStatus.NotInDataset => 90,
        EntryStatus.NotComparable => 0,
        _ => null,
    };

    /// <summary>
    /// The fixed name of a status in the page's markup and payload (<c>data-kind</c> on each path): "verdi",
    /// "ssb-symbol", "ikke-oppgitt", "ikke-med", "utenfor", "ikke-sammenlignbar". Tests and styles select on these.
    /// </summary>
    public static string Slug(EntryStatus status) => status switch
    {
        EntryStatus.Value => "verdi",
        EntryStatus.SsbSymbol => "ssb-symbol",
        EntryStatus.NotStated => "ikke-oppgitt",
        EntryStatus.NotInDataset => "ikke-med",
        EntryStatus.OutsideSelection => "utenfor",
        EntryStatus.NotComparable => "ikke-sammenlignbar",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
