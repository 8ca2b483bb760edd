// The choropleth map: one Leaflet map per element, drawn with the SVG renderer so every municipality is
// a <path data-kommunenummer="…"> that tests and assistive technology can find.
//
// Geometry: the first view's shapes are the server's first-paint SVG already in the page, another boundary set's
// the same format over HTTP (js/map/shapes.js); the detailed GeoJSON (js/map/data.js) only once the reader zooms
// in (js/map/detail.js). The caller only sends the model's entries (fill, status,
// value, rank and county texts, all written in C#), the palette, the selection and the county to fit. The same
// module draws the interactive page (via Blazor JS interop, with a DotNetObjectReference for clicks) and the
// static embed. Controls live in js/map/controls.js, styles and the tooltip in js/map/style.js, fitting the view in js/map/fit.js,
// keyboard travel in js/map/keyboard.js, the legend's buttons in js/map/legend-control.js, place names in js/map/labels.js,
// reporting the reader's extent (utsnitt) in js/map/extent.js, the SVG renderer in js/map/renderer.js.

// The helpers live in wwwroot/js/map/: the SDK serves a collocated *.razor.js only beside a component of the
// same name (BLAZOR106), so helper modules cannot sit in this folder.
import { addControls } from "../../js/map/controls.js";
import { fetchGeoJson, loadLeaflet } from "../../js/map/data.js";
import { addDetailOnDemand, afterNextPaint } from "../../js/map/detail.js";
import { afterFirstFrame, keepFirstPaint } from "../../js/map/first-paint.js";
import { trackExtent } from "../../js/map/extent.js";
import { createFitter } from "../../js/map/fit.js";
import { addKeyboardTravel } from "../../js/map/keyboard.js";
import { addLabels } from "../../js/map/labels.js";
import { addLegendControl } from "../../js/map/legend-control.js";
import { createRenderer } from "../../js/map/renderer.js";
import { loadShapes } from "../../js/map/shapes.js";
import { prefetchShapesOnIntent, whenIdle } from "../../js/map/prefetch.js";
import { addHatchPatterns, countyStyle, hoverStyle, municipalityStyle, tooltipContent } from "../../js/map/style.js";

/**
 * The view's municipalities and entries as the rest of the module reads them, from MapPayload.ToJs's lists, all in
 * the order of `names.codes`: `names` ({codes, names, counties, countyNames}, a county as an index into countyNames)
 * comes only when it differs from the last view's, so the caller passes the one it kept; each entry starts with an
 * index into `kinds` ([fill, status, legend]), then [value, rank], or [tooltip] in a change view (MapPayloadEntry.ToJs).
 * @param {{kinds?: any[][], entries?: any[][], announcements?: string[]|null}} view
 * @param {{codes: string[], names: string[], counties: number[], countyNames: string[]}|null} names
 * @returns {{entries: Record<string, object>, announcements: Record<string, string>|null}} By kommunenummer.
 */
function entriesFromJs(view, names) {
  const entries = {};
  const announcements = view.announcements ? {} : null;
  const kinds = view.kinds ?? [];
  const list = view.entries ?? [];
  for (let i = 0; i < list.length && names; i++) {
    const code = names.codes[i];
    const e = list[i];
    const [fill, status, legend] = kinds[e[0]];
    const entry = { fill, status, legend, county: names.countyNames[names.counties[i]], name: names.names[i] };
    if (e.length === 2) {
      entry.tooltip = e[1];
    } else {
      entry.value = e[1];
      entry.rank = e[2];
    }
    entries[code] = entry;
    if (announcements) {
      announcements[code] = view.announcements[i];
    }
  }
  return { entries, announcements };
}

/**
 * The boundary set's places as keyboard.js and labels.js read them, from MapPayloadPlace.ToJs's arrays
 * ([north, east, south, west, lon, lat], the order fixed there).
 * @param {Record<string, any[]>} places By kommunenummer.
 */
function placesFromJs(places) {
  const out = {};
  for (const [code, p] of Object.entries(places)) {
    out[code] = { north: p[0], east: p[1], south: p[2], west: p[3], lon: p[4], lat: p[5] };
  }
  return out;
}

/**
 * Creates a map in `element`.
 * @param {HTMLElement} element The map's own element (empty; Leaflet owns its children).
 * @param {{label?: string, tileUrl?: string|null, tileAttribution?: string|null, frame?: HTMLElement|null, palette?: object,
 *   extentDecimals?: number, texts: object}} options
 *   `texts` is MapTexts (C#): the controls' and keyboard travel's words in the page's language.
 *   `palette` is MapPayload.Palette (colours and hatches from C#); only the embed's view carries it as well.
 *   `extentDecimals` is MapViewQueryString.ExtentDecimals, the rounding of the extent the map reports.
 *   `awaitsCircuit` (the page's map drawn before its circuit, see bootPage): what needs the circuit (a click's
 *   selection, keyboard travel's places and texts, the reader's extent) starts it and waits for `attach`.
 * @param {any} dotNetRef A DotNetObjectReference with [JSInvokable] OnMunicipalityClicked(code), or null.
 * @returns A handle with setView, setBoundaries, setStyle, showExtent, fitCounty, fitAll, attach, dispose.
 */
export async function createMap(element, options, dotNetRef) {
  const L = await loadLeaflet();
  options = options ?? {};
  // What goes full screen and holds the first paint: the element's frame, which the circuit's first render replaces
  // (the element itself is kept, js/start-blazor.js), so it is looked up when needed.
  const frameOf = () => options.frame ?? element.parentElement ?? element;

  // The circuit, once it is there (attach): until then a map drawn before it (awaitsCircuit) keeps what it needs.
  let attached = null;
  const whenAttached = new Promise((resolve) => { attached = resolve; });
  let pendingChoice = null;
  let pendingExtent;
  let adopted = false;
  const startCircuit = () => document.dispatchEvent(new Event("kd:start-circuit"));
  if (options.awaitsCircuit) {
    // Until attach: what a test or the bench waits on to know the circuit has the map.
    element.dataset.awaitsCircuit = "true";
  }

  notReady();
  element.setAttribute("role", "region");
  const texts = options.texts;
  element.setAttribute("aria-roledescription", texts.roleDescription);
  element.setAttribute("aria-label", options.label ?? texts.mapLabel);

  const renderer = createRenderer(L, { padding: 0.5 });
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

  // The circuit's answer to the last ask for places (needPlaces), by the set asked for.
  let placesRequest = null;

  const state = {
    municipalitiesUrl: null,
    countiesUrl: null,
    municipalities: new Map(), // code -> layer
    counties: new Map(), // code -> layer
    countyLayerUrl: null,
    municipalityLayer: null,
    drawn: null, // the set drawn, as loadBoundaries gave it ({collection, isShapes, boundaries, …})
    prepared: new Map(), // collection -> layers made ahead and held (prepareSet), or null while waiting for idle time
    countyLayer: null,
    entries: {}, // code -> {fill, status, value, rank, county, name, legend, tooltip?} (entriesFromJs)
    announcements: null, // code -> the live region's text, when the view carries them (the embed)
    palette: null,
    hatchFills: {},
    selected: null,
    county: null,
    extent: null, // [west, south, east, north]: the URL's utsnitt, shown instead of the selection
    label: "",
    names: null, // the last view's names block (MapPayload.ToJs): what a view without one reuses
    places: null, // code -> {north, east, south, west, lon, lat}, per boundary set; asked for when first needed
    placesUrl: null, // the set (its municipalitiesUrl) the places are of
    needPlaces, // () => Promise: the places of the set drawn, asked from the circuit (js/map/keyboard.js, labels.js)
    highest: null,
    lowest: null,
    labelMinZoom: Infinity,
    disposed: false,
  };

  // Tilbakestill drops the reader's extent: the selection is fitted again and the URL loses its utsnitt.
  const controls = addControls(L, map, element, frameOf, () => {
    state.extent = null;
    fitter.fitSelection();
    extent.clear();
  }, texts);

  setPalette(options.palette);
  const fitter = createFitter(L, map, element, state);
  const { fitCounty, fitAll, fitSelection } = fitter;
  const extent = trackExtent(map, fitter, options.extentDecimals, (text) => {
    // The map shows this extent already; the URL's copy of it coming back in setView is then no change.
    state.extent = text ? text.split(",").map(Number) : null;
    if (dotNetRef) {
      dotNetRef.invokeMethodAsync("OnExtentChangedFromJs", text).catch(() => { });
    } else {
      pendingExtent = text;
    }
  });
  const travel = addKeyboardTravel(L, map, element, state, { choose, announcement }, texts);
  const legend = addLegendControl(element, state);
  const labels = addLabels(L, map, element, state);
  const detail = addDetailOnDemand(L, map, element, state);
  const prefetch = prefetchShapesOnIntent(L, frameOf, options.shapes, (shapes, boundaries) => prepareSet(shapes?.collection, boundaries));

  // Keyboard travel's first key usually finds the places there: they are asked for as the map gets keyboard focus.
  const onFocus = () => {
    if (element.matches(":focus-visible")) {
      needPlaces();
    }
  };
  element.addEventListener("focus", onFocus);

  /**
   * The places of the set drawn: at hand in the embed's view; the page asks the circuit for them
   * (ChoroplethMap.PlacesFromJs) the first time keyboard travel or a label needs them, so no view carries them.
   * Once they are there the labels are placed again. Resolves true when the places of the set drawn are there.
   * @returns {Promise<boolean>}
   */
  function needPlaces() {
    const url = state.municipalitiesUrl;
    if (state.places && state.placesUrl === url) {
      return Promise.resolve(true);
    }
    if (!dotNetRef && options.awaitsCircuit && url) {
      startCircuit();
      return whenAttached.then(() => needPlaces());
    }
    if (!dotNetRef || !url) {
      return Promise.resolve(false);
    }
    if (placesRequest?.url !== url) {
      const request = dotNetRef.invokeMethodAsync("PlacesFromJs", url).then((places) => {
        if (state.disposed || !places || url !== state.municipalitiesUrl) {
          return false;
        }
        state.places = placesFromJs(places);
        state.placesUrl = url;
        labels.place();
        return true;
      }).catch(() => false).then((found) => {
        // A failed or outrun request is forgotten, so the next need asks again.
        if (!found && placesRequest?.promise === request) {
          placesRequest = null;
        }
        return found;
      });
      placesRequest = { url, promise: request };
    }
    return placesRequest.promise;
  }

  /** A click on a shape, or Enter during keyboard travel: the page selects it; the embed outlines it and opens its tooltip. */
  function choose(code, latlng) {
    if (dotNetRef) {
      dotNetRef.invokeMethodAsync("OnMunicipalityClickedFromJs", code).catch(() => { });
    } else if (options.awaitsCircuit) {
      // The page selects it once its circuit is there; meanwhile the map shows the choice as the embed does.
      pendingChoice = code;
      select(code);
      state.municipalities.get(code)?.openTooltip(latlng);
      startCircuit();
    } else {
      select(code);
      state.municipalities.get(code)?.openTooltip(latlng);
    }
  }

  /**
   * What the live region reads for `code`: the embed has the texts in its view; the page asks the circuit for the
   * one in focus (ChoroplethMap.AnnouncementFromJs), so no view change carries them all.
   */
  async function announcement(code) {
    if (state.announcements) {
      return state.announcements[code] ?? null;
    }
    if (!dotNetRef && options.awaitsCircuit) {
      startCircuit();
      await whenAttached;
    }
    return dotNetRef ? await dotNetRef.invokeMethodAsync("AnnouncementFromJs", code).catch(() => null) : null;
  }

  function tooltipFor(code) {
    const props = state.municipalities.get(code)?.feature?.properties ?? {};
    const entry = state.entries[code];
    return tooltipContent(String(entry?.name ?? props.navn ?? code), entry, state.label);
  }

  function styleOf(code) {
    return municipalityStyle(state.entries[code], code === state.selected, state.palette, state.hatchFills);
  }

  /**
   * Draws the municipalities of a boundary set: from its coarse shapes (the first paint's drawing in the page when it
   * shows `source.boundaries`, else `source.shapesUrl`), or the detailed GeoJSON at `municipalitiesUrl` when there
   * are none; the detailed outlines replace the coarse ones when the reader zooms in (js/map/detail.js). County
   * outlines are a second, optional layer fetched only when a county is chosen, which keeps the first view small.
   * @param {string} municipalitiesUrl The set's detailed GeoJSON; also what identifies the set drawn.
   * @param {string|null} countiesUrl
   * @param {{boundaries?: string|null, shapesUrl?: string|null}} [source]
   */
  async function setBoundaries(municipalitiesUrl, countiesUrl, source) {
    const set = await loadBoundaries(municipalitiesUrl, countiesUrl, source);
    if (set) {
      drawBoundaries(set, null);
    }
  }

  /**
   * The set's shapes, fetched and parsed, or null when `municipalitiesUrl` is the set drawn already (or the map is
   * gone). Nothing on the map changes while this waits, so the old view stays whole until the new one is drawn.
   */
  async function loadBoundaries(municipalitiesUrl, countiesUrl, source) {
    state.countiesUrl = countiesUrl ?? null;
    if (state.municipalitiesUrl === municipalitiesUrl) {
      return null;
    }
    notReady();
    const shapes = await loadShapes(L, frameOf(), source?.boundaries ?? null, source?.shapesUrl ?? null).catch(() => null);
    const collection = shapes?.collection ?? await fetchGeoJson(municipalitiesUrl);
    // A second view of the same set (the page's render after a control's ShowAhead) may have drawn it meanwhile.
    if (state.disposed || state.municipalitiesUrl === municipalitiesUrl) {
      return null;
    }
    return {
      municipalitiesUrl,
      collection,
      isShapes: Boolean(shapes?.collection),
      boundaries: source?.boundaries ?? null,
      metresPerUnit: shapes?.metresPerUnit ?? null,
    };
  }

  /**
   * Replaces the drawn set with `set` (from loadBoundaries). The new layers are made off the map, or were made ahead
   * and held (prepareSet), and `fit` (when given) moves the map while it holds no paths, so each new path is
   * projected and written once, at the view it is shown at: fitting after adding them would draw all 357 twice, the
   * second time for the fit. Held layers made at another view are projected again as they are shown.
   * @param {{municipalitiesUrl: string, collection: object, isShapes: boolean, boundaries: string|null, metresPerUnit: number|null}} set
   * @param {(() => void)|null} fit
   */
  function drawBoundaries(set, fit) {
    // Only coarse shapes are made ahead: loadShapes keeps them for the page, a detailed GeoJSON is not kept.
    const previous = state.drawn?.isShapes ? state.drawn : null;
    state.municipalityLayer?.remove();
    state.countyLayer?.remove();
    state.countyLayer = null;
    state.countyLayerUrl = null;
    state.municipalities.clear();
    state.counties.clear();

    // Made ahead in idle time when the reader reached for the year (prepareSet), else made here.
    const ready = takePrepared(set.collection);
    const made = ready ?? { ...makeMunicipalityLayer(set.collection), held: null };
    state.municipalityLayer = made.layer;
    for (const [code, layer] of made.municipalities) {
      state.municipalities.set(code, layer);
    }

    // The set is the one drawn from here on: the fit's zoomend asks for its detail, its moveend for its places.
    state.municipalitiesUrl = set.municipalitiesUrl;
    state.drawn = set;
    detail.reset(set.municipalitiesUrl, set.metresPerUnit);
    fit?.();
    if (made.held) {
      // Made with the colours of the view at that time: the new view's go on before the paths are in the document.
      for (const [code, layer] of state.municipalities) {
        restyle(code, layer);
      }
      renderer.show(made.held);
    } else {
      state.municipalityLayer.addTo(map);
      markPaths(state.municipalities);
    }
    element.dataset.shapes = String(state.municipalities.size);
    // Back to the year before is then as quick as the change was.
    if (previous) {
      prepareSet(previous.collection, previous.boundaries);
    }
  }

  /**
   * A set's municipality layer with the map's handlers, not yet on the map, and its layers by kommunenummer.
   * Styled from state.entries as they are when it is made (applyStyles writes what differs when it is shown).
   */
  function makeMunicipalityLayer(collection) {
    const municipalities = new Map();
    const layer = L.geoJSON(collection, {
      style: (feature) => styleOf(String(feature.properties.kommunenummer)),
      onEachFeature: (feature, layer) => {
        const code = String(feature.properties.kommunenummer);
        municipalities.set(code, layer);
        layer.bindTooltip(() => tooltipFor(code), { sticky: true, direction: "top", offset: [0, -8] });
        layer.on("click", (event) => choose(code, event.latlng));
        layer.on("mouseover", () => {
          if (code !== state.selected) {
            layer.setStyle(hoverStyle(state.palette));
          }
        });
        layer.on("mouseout", () => {
          layer.setStyle(styleOf(code));
          if (code === state.selected) {
            layer.bringToFront();
          }
        });
      },
    });
    return { layer, municipalities };
  }

  function markPaths(municipalities) {
    for (const [code, layer] of municipalities) {
      // A MultiPolygon is one <path> in Leaflet's SVG renderer.
      const path = layer.getElement?.();
      path?.setAttribute("data-kommunenummer", code);
      // Leaflet's tooltip adds focus listeners to each path, which makes Chromium put every SVG path in the
      // tab order: 357 unnamed stops before the map's buttons. Keyboard users find a municipality with the
      // search box and read the values in the table, so the paths stay out of the tab order.
      path?.setAttribute("tabindex", "-1");
    }
  }

  /**
   * Makes another set's layers ahead, in idle time, once its shapes are parsed (js/map/prefetch.js): on the map
   * but held out of the document and of its redraws (js/map/renderer.js), so a year on that set shows them
   * instead of making 356 paths after the circuit's answer. One set per idle period: each is some 30-40 ms.
   * @param {object} collection The set's shapes (loadShapes' collection).
   * @param {string} boundaries The set's id.
   */
  function prepareSet(collection, boundaries) {
    if (state.disposed || !collection || collection === state.drawn?.collection || state.prepared.has(collection)) {
      return;
    }
    state.prepared.set(collection, null);
    whenIdle(() => {
      if (state.disposed || collection === state.drawn?.collection || state.prepared.get(collection) !== null) {
        return;
      }
      const made = makeMunicipalityLayer(collection);
      const held = renderer.hold(() => made.layer.addTo(map));
      markPaths(made.municipalities);
      state.prepared.set(collection, { ...made, held, boundaries });
      showPrepared();
    });
  }

  /** The sets made ahead, as data-made-ahead="2018 2020" on the map: what a test waits for before a year change. */
  function showPrepared() {
    element.dataset.madeAhead = [...state.prepared.values()].filter(Boolean).map((p) => p.boundaries).sort().join(" ");
  }

  /** The layers prepareSet made for `collection`, taken out of the cache, or null. */
  function takePrepared(collection) {
    const ready = state.prepared.get(collection) ?? null;
    state.prepared.delete(collection);
    showPrepared();
    return ready;
  }

  async function showCountyOutlines() {
    if (!state.county || !state.countiesUrl) {
      state.countyLayer?.setStyle?.({ opacity: 0 });
      return;
    }
    if (state.countyLayerUrl !== state.countiesUrl) {
      const url = state.countiesUrl;
      // The municipalities' new colours (and a county's fit) are drawn first; the borders over them follow.
      await afterNextPaint();
      const counties = url === state.countiesUrl ? await fetchGeoJson(url).catch(() => null) : null;
      if (!counties || state.disposed || url !== state.countiesUrl) {
        return;
      }
      // A second view may have drawn them while this one waited.
      if (state.countyLayerUrl !== url) {
        state.countyLayer?.remove();
        state.counties.clear();
        state.countyLayer = L.geoJSON(counties, {
          style: (feature) => countyStyle(String(feature.properties.fylkesnummer), state.county, state.palette),
          interactive: false,
          onEachFeature: (feature, layer) => state.counties.set(String(feature.properties.fylkesnummer), layer),
        }).addTo(map);
        state.countyLayerUrl = url;
      }
    }
    for (const [code, layer] of state.counties) {
      layer.setStyle(countyStyle(code, state.county, state.palette));
    }
  }

  /**
   * Writes each path's style and data attributes where they differ from what it has: a change of view recolours
   * some of the 357 paths, and every attribute written (even with its old value) costs the browser a style
   * invalidation and a mutation record, so unchanged paths are left alone.
   */
  function applyStyles() {
    for (const [code, layer] of state.municipalities) {
      restyle(code, layer);
    }
    state.municipalities.get(state.selected)?.bringToFront();
    showCountyOutlines();
  }

  /** One municipality's style and data attributes for the current view, each written only where it differs. */
  function restyle(code, layer) {
    const style = styleOf(code);
    if (!hasStyle(layer.options, style)) {
      layer.setStyle(style);
    }
    const path = layer.getElement?.();
    if (path) {
      const entry = state.entries[code];
      setData(path, "kind", entry?.status ?? state.palette.outsideStatus);
      setData(path, "fill", entry && !state.hatchFills[entry.status] && entry.status !== state.palette.outsideStatus ? entry.fill : "");
      if (code === state.selected) {
        setData(path, "valgt", "true");
      } else if (path.dataset.valgt !== undefined) {
        delete path.dataset.valgt;
      }
    }
  }

  /** True when the layer's options already hold every value of `style`. */
  function hasStyle(options, style) {
    for (const key in style) {
      if (options[key] !== style[key]) {
        return false;
      }
    }
    return true;
  }

  function setData(element, key, value) {
    if (element.dataset[key] !== value) {
      element.dataset[key] = value;
    }
  }

  function select(code) {
    state.selected = code;
    applyStyles();
    labels.place();
  }

  /**
   * Colours the municipalities.
   * @param {Record<string, {fill: string, status: string, value: string, rank: string|null, county: string}>} entries
   *   By kommunenummer, as MapPayloadEntry writes them.
   * @param {string|null} selectedCode The highlighted municipality.
   * @param {string|null} countyCode The county filter, or null for the whole country.
   * @param {string} [label] The indicator's name for the tooltip.
   */
  function setStyle(entries, selectedCode, countyCode, label) {
    notReady();
    state.entries = entries ?? {};
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

  /**
   * Readiness on the map element: data-ready "false"/"true" (what the tests wait for), and data-map-shapes "false"
   * or the number of shapes drawn, the signal the server-drawn map (FirstPaintMap) gives in the first HTML.
   */
  function notReady() {
    element.dataset.ready = "false";
    element.dataset.mapShapes = "false";
  }

  function markReady() {
    // Set after the browser has laid out the recoloured paths, so a waiting test sees the final frame.
    requestAnimationFrame(() => {
      if (!state.disposed) {
        element.dataset.ready = "true";
        element.dataset.mapShapes = String(state.municipalities.size);
      }
    });
  }

  /**
   * Leaflet's paths are in the DOM with their colours: the server-drawn map over them goes, in the same task, so
   * the next frame shows the one where the last showed the other.
   */
  function retireFirstPaint() {
    const place = frameOf().querySelector("[data-first-paint]");
    if (place && place.dataset.firstPaint !== "done") {
      place.dataset.firstPaint = "done";
      place.replaceChildren();
    }
  }

  /**
   * Everything at once (one interop call per change): boundaries if the set changed, colours, and a fit
   * when the county changed or `fit` is true.
   */
  async function setView(view) {
    if (adopted) {
      // The circuit's first view is the one drawn before it: where the reader has moved the map since stays.
      adopted = false;
      view = { ...view, fit: false, extent: state.extent };
    }
    // Decoded before anything is awaited: the next view's lists are in the order of the names this one brings.
    if (view.names) {
      state.names = view.names;
    }
    const { entries, announcements } = entriesFromJs(view, state.names);
    notReady();
    const countyChanged = (view.county ?? null) !== state.county;
    const selectedChanged = (view.selected ?? null) !== state.selected;
    // Back or forward to a view with another extent moves the map there.
    const extentChanged = String(view.extent ?? null) !== String(state.extent);
    state.extent = view.extent ?? null;
    const setChanged = view.municipalitiesUrl !== state.municipalitiesUrl;
    setPalette(view.palette);
    const set = await loadBoundaries(view.municipalitiesUrl, view.countiesUrl, { boundaries: view.boundaries, shapesUrl: view.shapesUrl });
    if (state.disposed) {
      return;
    }
    // The set of this view (drawn below when it is another one).
    if (view.places) {
      state.places = placesFromJs(view.places);
      state.placesUrl = view.municipalitiesUrl;
    } else if (state.placesUrl !== view.municipalitiesUrl) {
      state.places = null;
    }
    state.highest = view.highest ?? null;
    state.lowest = view.lowest ?? null;
    state.labelMinZoom = view.labelMinZoom ?? Infinity;
    state.announcements = announcements;
    // A fit that moves the map places the labels on its moveend (js/map/labels.js); placing them again here would
    // measure every name a second time.
    let moved = false;
    const onMoved = () => { moved = true; };
    map.on("moveend", onMoved);
    // A new selection is brought into view with its neighbours (or, cleared, the county or country again).
    const fits = view.fit || countyChanged || setChanged || selectedChanged || extentChanged;
    if (set) {
      // Another set: its layers are made with the view's colours and drawn once, at the view's fit.
      state.entries = entries;
      state.selected = view.selected ?? null;
      state.county = view.county ?? null;
      drawBoundaries(set, fits ? fitSelection : null);
    }
    setStyle(entries, view.selected, view.county, view.label);
    retireFirstPaint();
    travel.refresh();
    legend.apply();
    if (view.mapLabel) {
      element.setAttribute("aria-label", view.mapLabel);
    }
    if (fits && !set) {
      fitSelection();
    }
    map.off("moveend", onMoved);
    if (!moved) {
      labels.place();
    }
    // A fit that did not change the zoom sends no zoomend: the new set may still need its detail.
    detail.check();
  }

  /** Shows `bounds` ([west, south, east, north], or null for the selection's own extent). */
  function showExtent(bounds) {
    state.extent = bounds ?? null;
    fitSelection();
  }

  function setPalette(palette) {
    // The palette is the same for every view; patterns are made again only if it ever differs.
    if (palette && JSON.stringify(palette) !== JSON.stringify(state.palette)) {
      state.palette = palette;
      state.hatchFills = addHatchPatterns(svg, palette);
    }
  }

  /**
   * The page's circuit takes over a map drawn before it (awaitsCircuit): what the reader did meanwhile that the
   * page keeps (a municipality chosen, the map moved) goes to it now.
   */
  function attach(ref) {
    dotNetRef = ref;
    adopted = true;
    attached();
    delete element.dataset.awaitsCircuit;
    if (pendingExtent !== undefined) {
      dotNetRef.invokeMethodAsync("OnExtentChangedFromJs", pendingExtent).catch(() => { });
      pendingExtent = undefined;
    }
    if (pendingChoice !== null) {
      dotNetRef.invokeMethodAsync("OnMunicipalityClickedFromJs", pendingChoice).catch(() => { });
      pendingChoice = null;
    }
    // The circuit rendered the legend anew, unpressed.
    legend.adopt();
  }

  function dispose() {
    state.disposed = true;
    element.removeEventListener("focus", onFocus);
    controls.dispose();
    travel.dispose();
    legend.dispose();
    labels.dispose();
    extent.dispose();
    fitter.dispose();
    detail.dispose();
    prefetch.dispose();
    state.prepared.clear();
    map.remove();
  }

  notReady();
  return { setView, setBoundaries, setStyle, showExtent, fitCounty, fitAll, attach, dispose };
}

/**
 * The map page's first view before its circuit: the prerendered HTML has the view (ChoroplethMap.FirstViewJson,
 * a <script type="application/json" data-map-view> after the server-drawn map), so this draws it from the drawing
 * once that has been painted (the module would otherwise run before the page's first frame), and the map is
 * interactive (hover, zoom, pan, the legend) without the circuit, which starts when the reader reaches for the page
 * (js/start-blazor.js). Resolves to {element, map}, or null.
 */
async function bootPage() {
  const data = document.querySelector("script[data-map-view]");
  const element = data?.parentElement?.querySelector(".kd-map");
  if (!element) {
    return null;
  }
  keepFirstPaint();
  await afterFirstFrame();
  try {
    const { options, view, places } = JSON.parse(data.textContent);
    const map = await createMap(element, { ...options, awaitsCircuit: true }, null);
    await map.setView(places ? { ...view, places } : view);
    return { element, map };
  } catch {
    return null;
  }
}

const booted = bootPage();

/**
 * The component's map (ChoroplethMap.razor): the one bootPage drew into `element` (kept through the circuit's first
 * render), handed the circuit's reference, or a new one.
 */
export async function attachMap(element, options, dotNetRef) {
  const page = await booted;
  if (page && page.element === element) {
    page.map.attach(dotNetRef);
    return page.map;
  }
  return createMap(element, options, dotNetRef);
}
