import { afterNextPaint } from "./detail.js";

// Keeps the server-drawn map (Components/Map/FirstPaintMap.razor) on screen while the Blazor circuit starts.
// The circuit's first render replaces the prerendered markup, FirstPaintMap's drawing included; it renders the
// place empty, and this puts the drawing it took out back in, in the same task (a MutationObserver callback
// runs before the next frame), so no frame shows an empty map. The map module (ChoroplethMap.razor.js) marks
// the place "done" and empties it once Leaflet has drawn the same shapes; then this stops watching. The page's map
// bundle calls it as it starts (the map is usually drawn long before the circuit, and this stops at once).
export function keepFirstPaint() {
  const drawing = document.querySelector("[data-first-paint] > svg");
  if (!drawing) {
    return;
  }
  const observer = new MutationObserver(() => {
    const place = document.querySelector("[data-first-paint]");
    if (place?.dataset.firstPaint === "done") {
      observer.disconnect();
    } else if (place && !drawing.isConnected && place.childElementCount === 0) {
      place.append(drawing);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

/**
 * Resolves in the task after the page's next frame: the server-drawn map in the HTML is painted first, and the map
 * module's start (Leaflet's set-up, which reads the element's size and so forces the page's first layout, and its
 * drawing of every shape) runs after that frame instead of before it. A hidden page produces no frames: at once.
 */
export function afterFirstFrame() {
  return document.visibilityState === "hidden" ? Promise.resolve() : afterNextPaint();
}
