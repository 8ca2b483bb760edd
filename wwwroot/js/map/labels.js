// Place names on the map, from the boundary names in the payload (never a tile server): the selected
// municipality's always, and from `state.labelMinZoom` on every municipality of the selection whose shape on
// screen is wide and tall enough for its name. Larger shapes are placed first and a label that would overlap one already placed is
// left out, so names never pile up. Each label sits on the municipality's interior point (`state.places`, from
// Core), which lies inside the shape even for a fjord-cut outline. Labels are decoration for sighted readers
// (aria-hidden): the table, the tooltip and the keyboard's live region say the same.
// Used by Components/Map/ChoroplethMap.razor.js.

const LABEL_HEIGHT = 18;
const LABEL_PADDING = 6;

/**
 * @param {any} L Leaflet.
 * @param {any} map The Leaflet map.
 * @param {HTMLElement} element The map's element.
 * @param {object} state The map module's state: municipalities, entries, places, needPlaces, selected, labelMinZoom, palette.
 * @returns {{place: () => void, dispose: () => void}}
 */
export function addLabels(L, map, element, state) {
  const pane = map.createPane("kd-labels");
  pane.setAttribute("aria-hidden", "true");
  const group = L.layerGroup().addTo(map);
  const measure = document.createElement("canvas").getContext("2d");

  function widthOf(text, selected) {
    const style = getComputedStyle(element);
    measure.font = `${selected ? 700 : 600} 13px ${style.fontFamily}`;
    return measure.measureText(text).width + (2 * LABEL_PADDING);
  }

  function place() {
    group.clearLayers();
    const zoom = map.getZoom();
    if (!state.places) {
      element.dataset.labels = "";
      // The page's map asks for the places the first time a label is due (they come back to this function).
      if (state.selected || zoom >= state.labelMinZoom) {
        state.needPlaces?.();
      }
      return;
    }
    const view = map.getBounds();
    const candidates = [];
    for (const [code, layer] of state.municipalities) {
      const point = state.places[code];
      const selected = code === state.selected;
      // With a county chosen, the grey context around it stays unnamed.
      const outside = state.entries[code]?.status === state.palette?.outsideStatus;
      if (!point || (!selected && (zoom < state.labelMinZoom || outside))) {
        continue;
      }
      const bounds = layer.getBounds();
      if (!view.intersects(bounds)) {
        continue;
      }
      const name = String(state.entries[code]?.name ?? layer.feature?.properties?.navn ?? code);
      const width = widthOf(name, selected);
      const north = map.latLngToContainerPoint(bounds.getNorthWest());
      const south = map.latLngToContainerPoint(bounds.getSouthEast());
      const size = { x: south.x - north.x, y: south.y - north.y };
      if (!selected && (size.x < width || size.y < LABEL_HEIGHT * 2)) {
        continue;
      }
      const at = map.latLngToContainerPoint([point.lat, point.lon]);
      candidates.push({ code, name, selected, width, at, area: size.x * size.y, latlng: [point.lat, point.lon] });
    }
    candidates.sort((a, b) => (Number(b.selected) - Number(a.selected)) || (b.area - a.area));

    const placed = [];
    for (const c of candidates) {
      const box = { left: c.at.x - (c.width / 2), right: c.at.x + (c.width / 2), top: c.at.y - (LABEL_HEIGHT / 2), bottom: c.at.y + (LABEL_HEIGHT / 2) };
      if (placed.some((o) => box.left < o.right && o.left < box.right && box.top < o.bottom && o.top < box.bottom)) {
        continue;
      }
      placed.push(box);
      const text = document.createElement("span");
      text.className = c.selected ? "kd-label-text kd-label-selected" : "kd-label-text";
      text.textContent = c.name;
      text.dataset.kommunenummer = c.code;
      L.marker(c.latlng, {
        pane: "kd-labels",
        interactive: false,
        keyboard: false,
        icon: L.divIcon({ className: "kd-label", html: text, iconSize: null }),
      }).addTo(group);
    }
    element.dataset.labels = String(placed.length);
  }

  map.on("moveend", place);

  return {
    place,
    dispose() {
      map.off("moveend", place);
      group.remove();
    },
  };
}
