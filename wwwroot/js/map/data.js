// Where the map's data comes from: Leaflet itself, and the boundary GeoJSON over plain HTTP (the
// /kart/grenser/… endpoints, cached by the browser and here, once per URL and page load).

// Leaflet's UMD build defines globalThis.leaflet (and window.L) when imported as a module; importing it here
// keeps our own code free of classic <script> tags and loads the minified build (about 40 kB compressed).
// Imported on the first map's start (after the page's first frame), not as this module is evaluated nor preloaded
// from the HTML: fetching, compiling and evaluating its 150 kB would compete with the first frame of the server-drawn
// map for a busy machine's cores (Components/Map/MapPreloads.razor).
let leaflet = null;

/** Leaflet (the L namespace), imported once per page on the first call. */
export function loadLeaflet() {
  leaflet ??= import("../../lib/leaflet/leaflet.js").then(() => globalThis.leaflet ?? globalThis.L);
  return leaflet;
}

// GeoJSON by URL, shared by every map on the page.
const geometryCache = new Map();

/** The parsed GeoJSON at `url`; a failed request is forgotten so the next call tries again. */
export function fetchGeoJson(url) {
  if (!geometryCache.has(url)) {
    const request = fetch(url, { credentials: "same-origin" }).then((response) => {
      if (!response.ok) {
        throw new Error(`Kartgrunnlaget kunne ikke hentes (${response.status}).`);
      }
      return response.json();
    });
    request.catch(() => geometryCache.delete(url));
    geometryCache.set(url, request);
  }
  return geometryCache.get(url);
}
