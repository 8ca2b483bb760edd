// The extent the reader moved the map to, for the URL's utsnitt (Core: QueryNames.Extent): reported after a move
// of the reader's (drag, wheel, zoom buttons, keyboard, pinch), never after a fit or a resize, so opening a link
// does not rewrite its extent. Used by Components/Map/ChoroplethMap.razor.js.

/**
 * The map's extent as "west,south,east,north", clamped to the world Web Mercator can show, rounded as Core writes
 * it (MapViewQueryString.ExtentDecimals, sent by the page) so the value sent equals the one the URL reads back.
 */
export function extentText(map, decimals) {
  const b = map.getBounds();
  const clamp = (v, limit) => Math.max(-limit, Math.min(limit, v));
  return [clamp(b.getWest(), 180), clamp(b.getSouth(), 85), clamp(b.getEast(), 180), clamp(b.getNorth(), 85)]
    .map((v) => (Math.round(v * 10 ** decimals) / 10 ** decimals).toString())
    .join(",");
}

/**
 * Calls `report(text)` once a move of the reader's has settled, and `report(null)` on `clear()`.
 * @param {any} map The Leaflet map.
 * @param {{isFitting: () => boolean}} fitter From js/map/fit.js.
 * @param {number} decimals MapViewQueryString.ExtentDecimals.
 * @param {(extent: string|null) => void} report
 */
export function trackExtent(map, fitter, decimals, report) {
  let moved = false;
  let timer = 0;
  const onMoveStart = () => {
    if (!fitter.isFitting()) {
      moved = true;
    }
  };
  const onMoveEnd = () => {
    // What the map shows, in the URL's form: what the browser tests compare the URL with.
    map.getContainer().dataset.extent = extentText(map, decimals);
    if (!moved || fitter.isFitting()) {
      return;
    }
    moved = false;
    clearTimeout(timer);
    // A burst of wheel steps or key presses ends in one report.
    timer = setTimeout(() => report(extentText(map, decimals)), 200);
  };
  map.on("movestart", onMoveStart);
  map.on("moveend", onMoveEnd);
  return {
    clear() {
      clearTimeout(timer);
      moved = false;
      report(null);
    },
    dispose() {
      clearTimeout(timer);
      map.off("movestart", onMoveStart);
      map.off("moveend", onMoveEnd);
    },
  };
}
