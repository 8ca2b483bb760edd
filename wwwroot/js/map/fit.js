// Fitting the map to the selection (the county, or the whole country), and fitting again when the layout
// changes while the reader has not moved the map. Used by Components/Map/ChoroplethMap.razor.js.

/**
 * @param {any} L Leaflet.
 * @param {any} map The Leaflet map.
 * @param {HTMLElement} element The map's element, observed for resizes.
 * @param {{municipalities: Map<string, any>, municipalityLayer: any, county: string|null}} state The map's state.
 */
export function createFitter(L, map, element, state) {
  // The page's layout settles after the first fit (fonts, sidebar, phone toolbars): while the reader has not
  // moved the map, a resize fits the selection again instead of leaving Norway small in a corner.
  let fitting = false;
  let autoFit = true;
  map.on("zoomstart dragstart", () => {
    if (!fitting) {
      autoFit = false;
    }
  });
  const resizeObserver = new ResizeObserver(() => {
    map.invalidateSize();
    if (autoFit && state.municipalityLayer) {
      fitSelection();
    }
  });
  resizeObserver.observe(element);

  function boundsOf(layers) {
    let bounds = null;
    for (const layer of layers) {
      const b = layer.getBounds();
      bounds = bounds ? bounds.extend(b) : L.latLngBounds(b.getSouthWest(), b.getNorthEast());
    }
    return bounds;
  }

  function fitCounty(code) {
    const bounds = boundsOf([...state.municipalities.values()]
      .filter((l) => String(l.feature?.properties?.fylkesnummer) === code));
    if (bounds?.isValid()) {
      map.fitBounds(bounds, { padding: [12, 12], animate: false });
    }
  }

  function fitAll() {
    const bounds = state.municipalityLayer?.getBounds();
    if (bounds?.isValid()) {
      map.fitBounds(bounds, { padding: [8, 8], animate: false });
    }
  }

  function fitSelection() {
    fitting = true;
    try {
      if (state.county) {
        fitCounty(state.county);
      } else {
        fitAll();
      }
    } finally {
      fitting = false;
      autoFit = true;
    }
  }

  return { fitCounty, fitAll, fitSelection, dispose: () => resizeObserver.disconnect() };
}
