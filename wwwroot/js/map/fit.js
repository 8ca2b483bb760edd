// Fitting the map to what the view shows: the URL's extent (utsnitt), else the selected municipality with its
// neighbours, else the county, else the whole country; and fitting again when the layout changes while the reader
// has not moved the map. Used by Components/Map/ChoroplethMap.razor.js.

/**
 * @param {any} L Leaflet.
 * @param {any} map The Leaflet map.
 * @param {HTMLElement} element The map's element, observed for resizes.
 * @param {{municipalities: Map<string, any>, municipalityLayer: any, county: string|null, selected: string|null,
 *   extent: number[]|null}} state The map's state; `extent` is [west, south, east, north] in degrees.
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
    // A resize moves the map too; it is no move of the reader's (see js/map/extent.js).
    fitting = true;
    try {
      map.invalidateSize();
    } finally {
      fitting = false;
    }
    if (autoFit && state.municipalityLayer) {
      fitSelection();
    }
  });
  resizeObserver.observe(element);

  // Printing lays the page out without running scripts, and Leaflet draws for the size it last measured: before
  // printing the map takes its printed size (app.css, --kd-print-map-*) and is fitted again; afterwards the
  // observer above fits it back to the screen.
  const onBeforePrint = () => {
    const style = getComputedStyle(element);
    element.style.width = style.getPropertyValue("--kd-print-map-width").trim();
    element.style.height = style.getPropertyValue("--kd-print-map-height").trim();
    fitting = true;
    try {
      map.invalidateSize();
    } finally {
      fitting = false;
    }
    if (autoFit) {
      fitSelection();
    }
  };
  const onAfterPrint = () => {
    element.style.width = "";
    element.style.height = "";
  };
  addEventListener("beforeprint", onBeforePrint);
  addEventListener("afterprint", onAfterPrint);

  function boundsOf(layers) {
    let bounds = null;
    for (const layer of layers) {
      const b = layer.getBounds();
      bounds = bounds ? bounds.extend(b) : L.latLngBounds(b.getSouthWest(), b.getNorthEast());
    }
    return bounds;
  }

  // What covers the map's lower part (the phone's bottom sheet marks itself with data-kd-covers-map): the fit
  // leaves that much room, so the selection is not hidden under the sheet.
  function coveredBelow() {
    const mapBox = element.getBoundingClientRect();
    let covered = 0;
    for (const cover of document.querySelectorAll("[data-kd-covers-map]")) {
      const box = cover.getBoundingClientRect();
      if (box.height > 0 && getComputedStyle(cover).position === "fixed") {
        covered = Math.max(covered, Math.min(mapBox.height * 0.6, mapBox.bottom - box.top));
      }
    }
    return Math.max(0, covered);
  }

  function fitBounds(bounds, padding) {
    if (bounds?.isValid()) {
      map.fitBounds(bounds, { paddingTopLeft: [padding, padding], paddingBottomRight: [padding, padding + coveredBelow()], animate: false });
    }
  }

  function fitCounty(code) {
    fitBounds(boundsOf([...state.municipalities.values()]
      .filter((l) => String(l.feature?.properties?.fylkesnummer) === code)), 12);
  }

  function fitAll() {
    fitBounds(state.municipalityLayer?.getBounds(), 8);
  }

  /**
   * The municipality and its neighbours: every municipality whose bounding box meets the selected one's. A box
   * test, not shared edges, which is enough to show the selection among the places around it.
   */
  function fitMunicipality(code) {
    const selected = state.municipalities.get(code);
    if (!selected) {
      return false;
    }
    const own = selected.getBounds();
    const around = boundsOf([...state.municipalities.values()].filter((l) => l === selected || own.intersects(l.getBounds())));
    // Centred on the selection: the neighbours' box, widened to be symmetric about the municipality's centre.
    const centre = own.getCenter();
    const dLat = Math.max(around.getNorth() - centre.lat, centre.lat - around.getSouth());
    const dLng = Math.max(around.getEast() - centre.lng, centre.lng - around.getWest());
    fitBounds(L.latLngBounds([centre.lat - dLat, centre.lng - dLng], [centre.lat + dLat, centre.lng + dLng]), 16);
    return true;
  }

  function fitExtent([west, south, east, north]) {
    fitBounds(L.latLngBounds([south, west], [north, east]), 0);
  }

  function fitSelection() {
    fitting = true;
    try {
      if (state.extent) {
        fitExtent(state.extent);
      } else if (state.selected && fitMunicipality(state.selected)) {
        // fitted
      } else if (state.county) {
        fitCounty(state.county);
      } else {
        fitAll();
      }
    } finally {
      fitting = false;
      // An extent the reader chose stays put when the layout changes.
      autoFit = !state.extent;
    }
  }

  return {
    fitCounty,
    fitAll,
    fitSelection,
    /** True while the map moves because of a fit or a resize, not because of the reader. */
    isFitting: () => fitting,
    dispose: () => {
      resizeObserver.disconnect();
      removeEventListener("beforeprint", onBeforePrint);
      removeEventListener("afterprint", onAfterPrint);
    },
  };
}
