// Detail on demand: the map draws a boundary set with its coarse shapes (js/map/shapes.js, written for the country
// view or the first view's fit) and swaps in the detailed display GeoJSON once the reader zooms in past the
// resolution those shapes were written for. The layers stay (styles, selection, tooltips, keyboard travel, labels);
// only their outlines change.
import { fetchGeoJson } from "./data.js";

// Leaflet's EPSG:3857 world is 256 px wide at zoom 0: metres per pixel at zoom z = EARTH / (256 · 2^z).
const EARTH = 2 * Math.PI * 6378137;

/**
 * The zoom level past which the coarse shapes are no longer sharp: z₁ = log2(EARTH / (256 · metresPerUnit)), where
 * one unit of the drawing they were written for is one screen pixel. They are rounded to whole units (off by up to
 * half a unit) and a vertex within a unit of the last is dropped; at z₁ that is at most a pixel, invisible, and each
 * zoom level beyond doubles it. For the country view that drawing is about one unit per pixel of the page's map
 * already (a thousand units), so z₁ is about the fitted zoom + 1: a reader who zooms in once or twice, or fits a
 * county, gets the detailed GeoJSON (about 113 kB Brotli for 2024, once per set and page); one who only looks at the
 * country never pays for it. Waiting longer (z₁ + 1) would show two-pixel steps on coastlines first.
 * @param {number} metresPerUnit
 */
export function detailZoom(metresPerUnit) {
  return Math.log2(EARTH / (256 * metresPerUnit));
}

/**
 * Resolves once the browser has produced the next frame: a requestAnimationFrame callback runs inside the frame's
 * rendering, and a message posted from it is delivered after that frame's style, layout and paint. Work that may
 * wait (a detailed outline, the county borders) starts here, so the frame with a view's new colours and position is
 * not held back by parsing a GeoJSON of several hundred kilobytes.
 * @returns {Promise<void>}
 */
export function afterNextPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  });
}

/**
 * @param {any} L Leaflet.
 * @param {any} map
 * @param {HTMLElement} element The map's element: data-geometry "coarse" or "detailed", data-detail-zoom.
 * @param {{municipalities: Map<string, any>, municipalitiesUrl: string|null, disposed: boolean}} state
 */
export function addDetailOnDemand(L, map, element, state) {
  let url = null; // the detailed GeoJSON of the set drawn
  let threshold = Infinity;
  let requested = false;

  /** The set just drawn: coarse shapes written at `metresPerUnit`, or (null) already the detailed GeoJSON at `detailedUrl`. */
  function reset(detailedUrl, metresPerUnit) {
    url = detailedUrl;
    requested = metresPerUnit == null;
    threshold = metresPerUnit == null ? Infinity : detailZoom(metresPerUnit);
    element.dataset.geometry = requested ? "detailed" : "coarse";
    element.dataset.detailZoom = Number.isFinite(threshold) ? threshold.toFixed(2) : "";
  }

  async function check() {
    if (requested || !url || map.getZoom() <= threshold) {
      return;
    }
    requested = true;
    const wanted = url;
    // The view that zoomed in is drawn first with the coarse shapes in its colours; the outlines follow.
    await afterNextPaint();
    const detailed = wanted === url ? await fetchGeoJson(wanted).catch(() => null) : null;
    if (state.disposed || wanted !== url) {
      return;
    }
    if (!detailed) {
      requested = false; // tried again at the next zoom
      return;
    }
    for (const feature of detailed.features ?? []) {
      const layer = state.municipalities.get(String(feature.properties?.kommunenummer));
      const geometry = feature.geometry;
      if (!layer || !geometry || (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon")) {
        continue;
      }
      layer.setLatLngs(L.GeoJSON.coordsToLatLngs(geometry.coordinates, geometry.type === "Polygon" ? 1 : 2));
      // Keyboard travel's focus outline is drawn from the feature.
      layer.feature = { ...feature, properties: { ...layer.feature?.properties, ...feature.properties } };
    }
    element.dataset.geometry = "detailed";
  }

  map.on("zoomend", check);
  return {
    reset,
    check,
    dispose: () => map.off("zoomend", check),
  };
}
