// The choropleth map: one Leaflet map per element, drawn with the SVG renderer so every municipality is
// a <path data-kommunenummer="…"> that tests and assistive technology can find.
//
// Geometry comes over plain HTTP (the /kart/grenser/… endpoints, cached by the browser and by this
// module); the caller only sends colours, the selection and the county to fit. The same module draws the
// interactive page (via Blazor JS interop, with a DotNetObjectReference for clicks) and the static embed.
//
// Every data string (names, values) is inserted with textContent, never as HTML.

// Leaflet's UMD build defines globalThis.leaflet (and window.L) when imported as a module; importing it here
// keeps our own code free of classic <script> tags and loads the minified build (about 40 kB compressed).
const leafletReady = import("../../lib/leaflet/leaflet.js").then(() => globalThis.leaflet ?? globalThis.L);

// GeoJSON by URL, shared by every map on the page: a boundary set is fetched once per page load.
const geometryCache = new Map();

let patternCounter = 0;

const KIND_VALUE = 0;
const KIND_MISSING = 1;
const KIND_OUTSIDE = 2;

const MUNICIPALITY_STROKE = "#ffffff";
const COUNTY_STROKE = "#4d4d4d";
const SELECTED_STROKE = "#111111";
const MISSING_BASE = "#d9d9d9";
const MISSING_LINE = "#8c8c8c";

function fetchGeoJson(url) {
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

function svgElement(name, attributes) {
  const element = document.createElementNS("http://www.w3.org/2000/svg", name);
  for (const [key, value] of Object.entries(attributes)) {
    element.setAttribute(key, String(value));
  }
  return element;
}

function addHatchPattern(svg) {
  const id = `kd-mangler-${++patternCounter}`;
  let defs = svg.querySelector("defs");
  if (!defs) {
    defs = svgElement("defs", {});
    svg.insertBefore(defs, svg.firstChild);
  }
  const pattern = svgElement("pattern", {
    id,
    patternUnits: "userSpaceOnUse",
    width: 6,
    height: 6,
    patternTransform: "rotate(45)",
  });
  pattern.appendChild(svgElement("rect", { width: 6, height: 6, fill: MISSING_BASE }));
  pattern.appendChild(svgElement("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: MISSING_LINE, "stroke-width": 2 }));
  defs.appendChild(pattern);
  return `url(#${id})`;
}

// Icon paths on a 24×24 grid (drawn, not font glyphs, so they never depend on the font).
const ICONS = {
  zoomIn: "M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z",
  zoomOut: "M5 11h14v2H5z",
  reset: "M12 5a7 7 0 1 1-6.32 4H8.1A5 5 0 1 0 12 7v3L7.5 6 12 2z",
  fullscreen: "M4 4h6v2H6v4H4zm10 0h6v6h-2V6h-4zM4 14h2v4h4v2H4zm14 0h2v6h-6v-2h4z",
  exitFullscreen: "M8 4h2v6H4V8h4zm6 0h2v4h4v2h-6zM4 14h6v6H8v-4H4zm10 0h6v2h-4v4h-2z",
};

function icon(path) {
  const svg = svgElement("svg", { viewBox: "0 0 24 24", width: 20, height: 20, "aria-hidden": "true", focusable: "false" });
  svg.appendChild(svgElement("path", { d: path, fill: "currentColor" }));
  return svg;
}

function button(iconPath, title, onClick) {
  const element = document.createElement("button");
  element.type = "button";
  element.className = "kd-map-button";
  element.setAttribute("aria-label", title);
  element.title = title;
  element.appendChild(icon(iconPath));
  element.addEventListener("click", onClick);
  return element;
}

/**
 * Creates a map in `element`.
 * @param {HTMLElement} element The map's own element (empty; Leaflet owns its children).
 * @param {{label?: string, tileUrl?: string|null, tileAttribution?: string|null, frame?: HTMLElement|null}} options
 * @param {any} dotNetRef A DotNetObjectReference with [JSInvokable] OnMunicipalityClicked(code), or null.
 * @returns A handle with setView, setBoundaries, setStyle, fitCounty, fitAll, dispose.
 */
export async function createMap(element, options, dotNetRef) {
  const L = await leafletReady;
  options = options ?? {};
  const frame = options.frame ?? element.parentElement ?? element;

  element.dataset.ready = "false";
  element.setAttribute("role", "region");
  element.setAttribute("aria-roledescription", "kart");
  element.setAttribute("aria-label", options.label ?? "Kart over kommunene");

  const renderer = L.svg({ padding: 0.5 });
  const map = L.map(element, {
    renderer,
    zoomControl: false,
    attributionControl: Boolean(options.tileUrl),
    scrollWheelZoom: false,
    zoomSnap: 0.25,
    zoomDelta: 0.5,
    minZoom: 3,
    maxZoom: 12,
    keyboard: true,
    // Norway in EPSG:3857 before the geometry arrives, so the first frame is not the Gulf of Guinea.
    center: [65, 14],
    zoom: 4,
  });
  map.addLayer(renderer);

  // The zoom level as an attribute: what the browser tests read to see that a control or the wheel zoomed.
  const showZoom = () => { element.dataset.zoom = String(map.getZoom()); };
  map.on("zoomend", showZoom);
  showZoom();

  if (options.tileUrl) {
    L.tileLayer(options.tileUrl, { attribution: options.tileAttribution ?? "" }).addTo(map);
    map.attributionControl.setPrefix(false);
  }

  const svg = renderer._container ?? element.querySelector("svg");
  const missingFill = addHatchPattern(svg);

  const state = {
    municipalitiesUrl: null,
    countiesUrl: null,
    municipalities: new Map(), // code -> layer
    counties: new Map(), // code -> layer
    countyNames: {},
    countyLayerUrl: null,
    municipalityLayer: null,
    countyLayer: null,
    styles: {},
    selected: null,
    county: null,
    label: "",
    disposed: false,
  };

  // --- Controls: real buttons with Norwegian names (Leaflet's own zoom control uses links). ---
  const hint = document.createElement("div");
  hint.className = "kd-map-hint";
  hint.setAttribute("aria-hidden", "true");
  let hintTimer = 0;
  function showHint(text) {
    hint.textContent = text;
    hint.classList.add("kd-visible");
    clearTimeout(hintTimer);
    hintTimer = setTimeout(() => hint.classList.remove("kd-visible"), 1500);
  }
  element.appendChild(hint);

  const fullscreenButton = button(ICONS.fullscreen, "Fullskjerm", toggleFullscreen);
  fullscreenButton.setAttribute("aria-pressed", "false");
  const Controls = L.Control.extend({
    options: { position: "topleft" },
    onAdd() {
      const bar = L.DomUtil.create("div", "kd-map-controls leaflet-bar");
      bar.setAttribute("role", "group");
      bar.setAttribute("aria-label", "Kartkontroller");
      bar.appendChild(button(ICONS.zoomIn, "Zoom inn", () => map.zoomIn()));
      bar.appendChild(button(ICONS.zoomOut, "Zoom ut", () => map.zoomOut()));
      bar.appendChild(button(ICONS.reset, "Tilbakestill", () => fitSelection()));
      bar.appendChild(fullscreenButton);
      L.DomEvent.disableClickPropagation(bar);
      L.DomEvent.disableScrollPropagation(bar);
      return bar;
    },
  });
  map.addControl(new Controls());

  function isFullscreen() {
    return document.fullscreenElement === frame || frame.classList.contains("kd-fullscreen");
  }

  function updateFullscreenButton() {
    const on = isFullscreen();
    fullscreenButton.setAttribute("aria-pressed", on ? "true" : "false");
    fullscreenButton.setAttribute("aria-label", on ? "Avslutt fullskjerm" : "Fullskjerm");
    fullscreenButton.title = on ? "Avslutt fullskjerm" : "Fullskjerm";
    fullscreenButton.replaceChildren(icon(on ? ICONS.exitFullscreen : ICONS.fullscreen));
    map.invalidateSize();
  }

  async function toggleFullscreen() {
    if (document.fullscreenElement === frame) {
      await document.exitFullscreen();
    } else if (frame.classList.contains("kd-fullscreen")) {
      frame.classList.remove("kd-fullscreen");
      updateFullscreenButton();
    } else if (frame.requestFullscreen && document.fullscreenEnabled) {
      try {
        await frame.requestFullscreen();
      } catch {
        frame.classList.add("kd-fullscreen");
        updateFullscreenButton();
      }
    } else {
      // iPhone Safari has no element full screen: fill the viewport instead.
      frame.classList.add("kd-fullscreen");
      updateFullscreenButton();
    }
    fullscreenButton.focus();
  }

  const onFullscreenChange = () => updateFullscreenButton();
  document.addEventListener("fullscreenchange", onFullscreenChange);
  const onKeyDown = (event) => {
    if (event.key === "Escape" && frame.classList.contains("kd-fullscreen")) {
      frame.classList.remove("kd-fullscreen");
      updateFullscreenButton();
    }
  };
  frame.addEventListener("keydown", onKeyDown);

  // --- Scroll wheel only after the map is focused or clicked, so it never traps a reader scrolling a page. ---
  const enableWheel = () => map.scrollWheelZoom.enable();
  element.addEventListener("focusin", enableWheel);
  element.addEventListener("mousedown", enableWheel);
  element.addEventListener("focusout", (event) => {
    if (!element.contains(event.relatedTarget)) {
      map.scrollWheelZoom.disable();
    }
  });
  element.addEventListener("mouseleave", () => {
    if (!element.contains(document.activeElement)) {
      map.scrollWheelZoom.disable();
    }
  });
  element.addEventListener("wheel", () => {
    if (!map.scrollWheelZoom.enabled()) {
      showHint("Klikk i kartet for å zoome med musehjulet");
    }
  }, { passive: true });

  // --- Touch: one finger scrolls the page, two fingers pan and pinch (Leaflet's touch zoom pans too). ---
  // The capture listener runs before Leaflet's own pointer handlers and turns dragging off for touch,
  // on again for a mouse or pen; CSS keeps touch-action: pan-x pan-y so the browser scrolls with one finger.
  const onPointerDown = (event) => {
    if (event.pointerType === "touch") {
      if (map.dragging.enabled()) {
        map.dragging.disable();
      }
    } else if (!map.dragging.enabled()) {
      map.dragging.enable();
    }
  };
  element.addEventListener("pointerdown", onPointerDown, { capture: true });
  element.addEventListener("touchmove", (event) => {
    if (event.touches.length === 1) {
      showHint("Bruk to fingre for å flytte kartet");
    }
  }, { passive: true });
  if (L.Browser.mobile) {
    map.dragging.disable();
  }

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

  // --- Tooltip: built with textContent from the GeoJSON name and the caller's formatted value. ---
  function tooltipFor(code) {
    const layer = state.municipalities.get(code);
    const props = layer?.feature?.properties ?? {};
    const style = state.styles[code];
    const box = document.createElement("div");
    box.className = "kd-tooltip";
    const name = document.createElement("strong");
    name.textContent = String(props.navn ?? code);
    box.appendChild(name);
    const county = state.countyNames[String(props.fylkesnummer ?? code.slice(0, 2))];
    if (county) {
      const line = document.createElement("div");
      line.textContent = county;
      box.appendChild(line);
    }
    if (style) {
      const value = document.createElement("div");
      value.textContent = state.label ? `${state.label}: ${style[2] ?? ""}` : String(style[2] ?? "");
      box.appendChild(value);
      if (style[3]) {
        const rank = document.createElement("div");
        rank.textContent = style[3];
        box.appendChild(rank);
      }
    }
    return box;
  }

  function municipalityStyle(code) {
    const style = state.styles[code];
    const selected = code === state.selected;
    let fillColor = MISSING_BASE;
    let kind = KIND_OUTSIDE;
    if (style) {
      kind = style[1];
      fillColor = kind === KIND_MISSING ? missingFill : style[0];
    }
    return {
      fillColor,
      fillOpacity: 1,
      color: selected ? SELECTED_STROKE : MUNICIPALITY_STROKE,
      weight: selected ? 3 : kind === KIND_OUTSIDE ? 0.4 : 0.6,
      opacity: 1,
    };
  }

  function countyStyle(code) {
    const chosen = state.county !== null && code === state.county;
    return {
      fill: false,
      color: COUNTY_STROKE,
      weight: chosen ? 1.6 : 0.8,
      opacity: !state.county ? 0 : chosen ? 1 : 0.6,
      interactive: false,
    };
  }

  /**
   * Draws the municipalities of a boundary set (fetched once per URL). County outlines are a second, optional
   * layer fetched only when a county is chosen, which keeps the first view small.
   */
  async function setBoundaries(municipalitiesUrl, countiesUrl) {
    state.countiesUrl = countiesUrl ?? null;
    if (state.municipalitiesUrl === municipalitiesUrl) {
      return;
    }
    element.dataset.ready = "false";
    const municipalities = await fetchGeoJson(municipalitiesUrl);
    if (state.disposed) {
      return;
    }
    state.municipalityLayer?.remove();
    state.countyLayer?.remove();
    state.countyLayer = null;
    state.countyLayerUrl = null;
    state.municipalities.clear();
    state.counties.clear();

    state.municipalityLayer = L.geoJSON(municipalities, {
      style: (feature) => municipalityStyle(String(feature.properties.kommunenummer)),
      onEachFeature: (feature, layer) => {
        const code = String(feature.properties.kommunenummer);
        state.municipalities.set(code, layer);
        layer.bindTooltip(() => tooltipFor(code), { sticky: true, direction: "top", offset: [0, -8] });
        layer.on("click", (event) => {
          if (dotNetRef) {
            dotNetRef.invokeMethodAsync("OnMunicipalityClickedFromJs", code).catch(() => { });
          } else {
            select(code);
            layer.openTooltip(event.latlng);
          }
        });
        layer.on("mouseover", () => {
          if (code !== state.selected) {
            layer.setStyle({ weight: 2, color: SELECTED_STROKE });
          }
        });
        layer.on("mouseout", () => {
          layer.setStyle(municipalityStyle(code));
          if (code === state.selected) {
            layer.bringToFront();
          }
        });
      },
    });

    state.municipalityLayer.addTo(map);
    for (const [code, layer] of state.municipalities) {
      // A MultiPolygon is one <path> in Leaflet's SVG renderer.
      const path = layer.getElement?.();
      path?.setAttribute("data-kommunenummer", code);
      // Leaflet's tooltip adds focus listeners to each path, which makes Chromium put every SVG path in the
      // tab order: 357 unnamed stops before the map's buttons. Keyboard users find a municipality with the
      // search box and read the values in the table, so the paths stay out of the tab order.
      path?.setAttribute("tabindex", "-1");
    }
    state.municipalitiesUrl = municipalitiesUrl;
    element.dataset.shapes = String(state.municipalities.size);
  }

  async function showCountyOutlines() {
    if (!state.county || !state.countiesUrl) {
      state.countyLayer?.setStyle?.({ opacity: 0 });
      return;
    }
    if (state.countyLayerUrl !== state.countiesUrl) {
      const url = state.countiesUrl;
      const counties = await fetchGeoJson(url).catch(() => null);
      if (!counties || state.disposed || url !== state.countiesUrl) {
        return;
      }
      state.countyLayer?.remove();
      state.counties.clear();
      state.countyLayer = L.geoJSON(counties, {
        style: (feature) => countyStyle(String(feature.properties.fylkesnummer)),
        interactive: false,
        onEachFeature: (feature, layer) => state.counties.set(String(feature.properties.fylkesnummer), layer),
      }).addTo(map);
      state.countyLayerUrl = url;
    }
    for (const [code, layer] of state.counties) {
      layer.setStyle(countyStyle(code));
    }
  }

  function applyStyles() {
    for (const [code, layer] of state.municipalities) {
      layer.setStyle(municipalityStyle(code));
      const path = layer.getElement?.();
      if (path) {
        const style = state.styles[code];
        path.dataset.kind = !style || style[1] === KIND_OUTSIDE ? "utenfor" : style[1] === KIND_MISSING ? "mangler" : "verdi";
        path.dataset.fill = style && style[1] === KIND_VALUE ? style[0] : "";
        if (code === state.selected) {
          path.setAttribute("data-valgt", "true");
        } else {
          path.removeAttribute("data-valgt");
        }
      }
    }
    state.municipalities.get(state.selected)?.bringToFront();
    showCountyOutlines();
  }

  function select(code) {
    state.selected = code;
    applyStyles();
  }

  /**
   * Colours the municipalities.
   * @param {Record<string, [string, number, string, string]>} styles By kommunenummer: [fill "#rrggbb",
   *   kind (0 value, 1 missing, 2 outside the county), value text ("54,3" or the SSB reason), rank text].
   * @param {string|null} selectedCode The highlighted municipality.
   * @param {string|null} countyCode The county filter, or null for the whole country.
   * @param {string} [label] The indicator's name for the tooltip.
   */
  function setStyle(styles, selectedCode, countyCode, label) {
    element.dataset.ready = "false";
    state.styles = styles ?? {};
    state.selected = selectedCode ?? null;
    state.county = countyCode ?? null;
    if (label !== undefined) {
      state.label = label;
    }
    applyStyles();
    element.dataset.county = state.county ?? "";
    element.dataset.selected = state.selected ?? "";
    markReady();
  }

  function markReady() {
    // Set after the browser has laid out the recoloured paths, so a waiting test sees the final frame.
    requestAnimationFrame(() => {
      if (!state.disposed) {
        element.dataset.ready = "true";
      }
    });
  }

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
      fitSelectionNow();
    } finally {
      fitting = false;
      autoFit = true;
    }
  }

  function fitSelectionNow() {
    if (state.county) {
      fitCounty(state.county);
    } else {
      fitAll();
    }
  }

  /**
   * Everything at once (one interop call per change): boundaries if the set changed, colours, and a fit
   * when the county changed or `fit` is true.
   */
  async function setView(view) {
    element.dataset.ready = "false";
    const countyChanged = (view.county ?? null) !== state.county;
    const setChanged = view.municipalitiesUrl !== state.municipalitiesUrl;
    await setBoundaries(view.municipalitiesUrl, view.countiesUrl);
    if (state.disposed) {
      return;
    }
    state.countyNames = view.countyNames ?? state.countyNames;
    setStyle(view.styles, view.selected, view.county, view.label);
    if (view.mapLabel) {
      element.setAttribute("aria-label", view.mapLabel);
    }
    if (view.fit || countyChanged || setChanged) {
      fitSelection();
    }
  }

  function dispose() {
    state.disposed = true;
    clearTimeout(hintTimer);
    resizeObserver.disconnect();
    document.removeEventListener("fullscreenchange", onFullscreenChange);
    frame.removeEventListener("keydown", onKeyDown);
    element.removeEventListener("pointerdown", onPointerDown, { capture: true });
    map.remove();
  }

  element.dataset.ready = "false";
  return { setView, setBoundaries, setStyle, fitCounty, fitAll, dispose };
}

/** Removes the map; safe to call with a handle whose map is already gone. */
export function disposeMap(handle) {
  handle?.dispose?.();
}
