using System.Globalization;
using System.Text;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Web.Components.Map;

/// <summary>
/// <see cref="MapPalette"/> as CSS custom properties, written into every page's head (App.razor), so the legend's
/// swatches in <c>app.css</c> use the colours and hatches the map and the exports use without typing them again.
/// </summary>
public static class PaletteCss
{
    /// <summary>
    /// <c>:root</c> with <c>--kd-missing-base</c>, <c>--kd-missing-line</c>, <c>--kd-outside</c>, <c>--kd-highlight</c>,
    /// then one <c>.swatch-{status}</c> rule per hatched status setting <c>--kd-hatch-angle</c>.
    /// </summary>
    public static string Text { get; } = Build();

    private static string Build()
    {
        var css = new StringBuilder();
        css.Append(CultureInfo.InvariantCulture, $":root{{--kd-missing-base:{MapPalette.MissingColour};--kd-missing-line:{MapPalette.HatchColour};");
        css.Append(CultureInfo.InvariantCulture, $"--kd-outside:{MapPalette.OutsideColour};--kd-highlight:{MapPalette.HighlightColour}}}");
        foreach (var status in Enum.GetValues<EntryStatus>())
        {
            if (MapPalette.HatchAngle(status) is { } angle)
            {
                // A CSS gradient's angle is its direction, clockwise from up; the palette's angle is the stripes' normal
                // clockwise from the x axis: the same stripes are 90° further round.
                css.Append(CultureInfo.InvariantCulture, $".swatch-{MapPalette.Slug(status)}{{--kd-hatch-angle:{angle + 90}deg}}");
            }
        }

        return css.ToString();
    }
}
