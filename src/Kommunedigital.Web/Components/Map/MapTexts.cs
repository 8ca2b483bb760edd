namespace Kommunedigital.Web.Components.Map;

/// <summary>
/// The words the map module writes itself (controls, hints, keyboard travel), in the page's language: sent to
/// <c>createMap</c> as <c>texts</c>, so the module types none of them (js/map/controls.js, js/map/keyboard.js).
/// </summary>
public static class MapTexts
{
    /// <summary>The object the module reads as <c>options.texts</c>.</summary>
    public static object For(PageText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new
        {
            roleDescription = text["MapRoleDescription"],
            mapLabel = text["MapDefaultLabel"],
            controls = text["MapControls"],
            zoomIn = text["ZoomIn"],
            zoomOut = text["ZoomOut"],
            reset = text["ResetMap"],
            fullscreen = text["Fullscreen"],
            exitFullscreen = text["ExitFullscreen"],
            wheelHint = text["WheelHint"],
            twoFingerHint = text["TwoFingerHint"],
            keyboardInstructions = text["KeyboardInstructions"],
            noneInDirection = text["NoneInDirection"],
            noValues = text["NoValuesInSelection"],
            leftMap = text["LeftMap"],
        };
    }
}
