// Keyboard travel across the map: the map is one tab stop; the arrow keys go from the municipality in focus to
// its neighbour in that direction, Home and End to the highest and lowest value of the selection, Enter chooses it
// (the page opens its details), Escape ends the travel. A polite live region reads each municipality's text.
//
// Nothing is worked out here: where each arrow goes (`state.places`, from Core's MunicipalityNeighbours) and the
// Home/End targets come from the payload, every text read aloud from C# (`hooks.announcement`, asked per landing).
// The focused municipality is outlined with a two-tone ring (palette.focusOuter under palette.focusInner) that keeps 3:1 contrast on every fill.
// Used by Components/Map/ChoroplethMap.razor.js.

const DIRECTIONS = { ArrowUp: "north", ArrowRight: "east", ArrowDown: "south", ArrowLeft: "west" };

let instructionCounter = 0;

/**
 * @param {any} L Leaflet.
 * @param {any} map The Leaflet map.
 * @param {HTMLElement} element The map's element (the tab stop).
 * @param {object} state The map module's state: municipalities (code → layer), entries, places, highest, lowest,
 *   selected, palette.
 * @param {{choose: (code: string, latlng: any) => void, announcement: (code: string) => Promise<string|null>}} hooks
 *   What Enter does with the municipality in focus, and the text the live region reads for one (C#'s FocusAnnouncement).
 * @param {{keyboardInstructions: string, noneInDirection: string, noValues: string, leftMap: string}} texts The page's
 *   words in its language (MapTexts.cs).
 * @returns {{refresh: () => void, dispose: () => void}}
 */
export function addKeyboardTravel(L, map, element, state, hooks, texts) {
  const live = document.createElement("div");
  live.className = "kd-map-live visually-hidden";
  live.setAttribute("aria-live", "polite");
  live.setAttribute("aria-atomic", "true");
  element.appendChild(live);

  const instructions = document.createElement("div");
  instructions.className = "visually-hidden";
  instructions.id = `kd-map-keys-${++instructionCounter}`;
  instructions.textContent = texts.keyboardInstructions;
  element.appendChild(instructions);
  element.setAttribute("aria-describedby", instructions.id);

  let focused = null;
  let ring = null;

  function pointOf(code) {
    const place = state.places?.[code];
    return place ? L.latLng(place.lat, place.lon) : state.municipalities.get(code)?.getBounds().getCenter();
  }

  function removeRing() {
    ring?.remove();
    ring = null;
  }

  function drawRing(code) {
    removeRing();
    const layer = state.municipalities.get(code);
    if (!layer?.feature || !state.palette) {
      return;
    }
    const style = (color, weight) => ({ fill: false, color, weight, opacity: 1, interactive: false, className: "kd-focus-ring" });
    ring = L.layerGroup([
      L.geoJSON(layer.feature, { interactive: false, style: () => style(state.palette.focusOuter, 7) }),
      L.geoJSON(layer.feature, { interactive: false, style: () => style(state.palette.focusInner, 3) }),
    ]).addTo(map);
  }

  function say(text) {
    // The same text twice in a row would not be read again: clear first, then write on the next frame.
    live.textContent = "";
    requestAnimationFrame(() => { live.textContent = text; });
  }

  function focus(code) {
    const layer = state.municipalities.get(code);
    if (!layer) {
      return;
    }
    if (focused && focused !== code) {
      state.municipalities.get(focused)?.closeTooltip();
    }
    focused = code;
    element.dataset.focused = code;
    drawRing(code);
    const point = pointOf(code);
    if (point) {
      map.panInside(point, { padding: [48, 48], animate: false });
      layer.openTooltip(point);
    }
    const fallback = String(state.entries[code]?.name ?? code);
    hooks.announcement(code).then(
      (text) => { if (focused === code) { say(text ?? fallback); } },
      () => { if (focused === code) { say(fallback); } });
  }

  function end() {
    if (focused) {
      state.municipalities.get(focused)?.closeTooltip();
    }
    focused = null;
    delete element.dataset.focused;
    removeRing();
  }

  /** Where travel starts: the selected municipality, else the one nearest the middle of the map's view. */
  function start() {
    if (state.selected && state.municipalities.has(state.selected)) {
      return state.selected;
    }
    const centre = map.getCenter();
    let best = null;
    let bestDistance = Infinity;
    for (const code of state.municipalities.keys()) {
      const entry = state.entries[code];
      const point = pointOf(code);
      if (!point || (state.county && entry?.status === state.palette?.outsideStatus)) {
        continue;
      }
      const distance = map.distance(centre, point);
      if (distance < bestDistance) {
        best = code;
        bestDistance = distance;
      }
    }
    return best;
  }

  const onKeyDown = (event, waited) => {
    if (event.target !== element || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const direction = DIRECTIONS[event.key];
    if (direction && !waited && !state.places && state.needPlaces) {
      // The page's map has no places until the first travel asks for them: this key goes once they are there.
      event.preventDefault();
      event.stopPropagation();
      state.needPlaces().then(() => onKeyDown(event, true));
      return;
    }
    if (direction) {
      // Leaflet pans on arrows from a document listener; travel replaces that while the map has focus.
      event.preventDefault();
      event.stopPropagation();
      if (!focused) {
        const first = start();
        if (first) {
          focus(first);
        }
        return;
      }
      const next = state.places?.[focused]?.[direction];
      if (next && state.municipalities.has(next)) {
        focus(next);
      } else {
        say(texts.noneInDirection);
      }
      return;
    }
    if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      event.stopPropagation();
      const target = event.key === "Home" ? state.highest : state.lowest;
      if (target) {
        focus(target);
      } else {
        say(texts.noValues);
      }
      return;
    }
    if (event.key === "Enter" && focused) {
      event.preventDefault();
      hooks.choose(focused, pointOf(focused));
      return;
    }
    if (event.key === "Escape" && focused) {
      end();
      say(texts.leftMap);
    }
  };
  element.addEventListener("keydown", onKeyDown);

  // The ring shows only while the map has the keyboard focus; the place in the journey is kept for coming back.
  const onFocusIn = (event) => {
    if (event.target === element && focused) {
      drawRing(focused);
    }
  };
  const onFocusOut = (event) => {
    if (event.target === element) {
      removeRing();
      if (focused) {
        state.municipalities.get(focused)?.closeTooltip();
      }
    }
  };
  element.addEventListener("focusin", onFocusIn);
  element.addEventListener("focusout", onFocusOut);

  return {
    /** After a new view: the ring follows new shapes; a municipality no longer drawn ends the journey. */
    refresh() {
      if (focused && !state.municipalities.has(focused)) {
        end();
      } else if (focused && document.activeElement === element) {
        drawRing(focused);
      }
    },
    dispose() {
      element.removeEventListener("keydown", onKeyDown);
      element.removeEventListener("focusin", onFocusIn);
      element.removeEventListener("focusout", onFocusOut);
      removeRing();
    },
  };
}
