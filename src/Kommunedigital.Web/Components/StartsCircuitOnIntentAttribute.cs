namespace Kommunedigital.Web.Components;

/// <summary>
/// Marks a page whose circuit starts when the reader first reaches for it (a pointer on a control, a key, a touch, a
/// click on the map), not as soon as it is painted: App.razor reads it from the endpoint's metadata and tells
/// js/start-blazor.js. The map page has it: its first view, the server-drawn map with the map module attached, works
/// without the circuit, so a reader who only looks loads neither blazor.web.js nor the circuit's first render.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StartsCircuitOnIntentAttribute : Attribute;
