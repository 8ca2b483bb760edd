// The map's SVG renderer: Leaflet's own, minus the work a jump to another zoom level throws away. Used by
// Components/Map/ChoroplethMap.razor.js.
//
// A jump without animation (every fit: a county, a selection, the country, the URL's extent) runs Leaflet's
// _resetView, which fires zoomend, moveend and then viewreset. Leaflet's renderer answers zoomend by projecting
// every path, moveend by clipping, simplifying and writing every path's `d` from those points, and viewreset by
// writing them all again and then projecting and writing each path a third time (Path._reset). For 357
// municipalities that is two projections and three path writes of every vertex where one of each gives the same
// picture; a county change spent most of its time there. Between viewprereset and viewreset (synchronous, one
// call of _resetView) this renderer skips the first two rounds; panning and animated zooms, which fire no
// viewreset, are drawn as Leaflet draws them.
//
// Projection: Leaflet projects every vertex again at each zoom (Polyline._projectLatlngs: the Mercator formula, three
// Points and a bounds check per vertex), which was most of a year change (all new shapes) and of a county's fit. The
// paths this renderer draws keep each ring's zoom-independent part, t(project(latlng)) of the CRS's affine
// transformation, and a zoom only scales, rounds and shifts it: the same arithmetic in the same order as
// Map.latLngToLayerPoint, so every pixel is the one Leaflet computes.
//
// Held layers: a year on another boundary set makes 356 new paths, and making them (elements, projection, path
// data, styles, listeners) was most of that change. `hold` adds layers to the map while their paths go into a
// <g> outside the document and the renderer leaves them out of its updates, so a set can be made in idle time
// before the reader picks its year; `show` puts them on the map, projecting them again only if the map has moved
// since.

// By ring (a flat LatLng[] of a layer; Leaflet replaces the arrays on setLatLngs and we never edit them in place):
// [x0, y0, x1, y1, …] as transformation.a·x + b, c·y + d of the CRS's projected point, before the zoom's scale.
const unscaled = new WeakMap();

function unscaledRing(L, crs, ring) {
  let coordinates = unscaled.get(ring);
  if (!coordinates || coordinates.length !== ring.length * 2) {
    const t = crs.transformation;
    coordinates = new Float64Array(ring.length * 2);
    const mercator = L.Projection.SphericalMercator;
    if (crs.projection === mercator) {
      // SphericalMercator.project written out (same operations in the same order), without a Point per vertex:
      // the first draw of a new set makes these for every vertex.
      const d = Math.PI / 180;
      const max = mercator.MAX_LATITUDE;
      const r = mercator.R;
      for (let i = 0; i < ring.length; i++) {
        const latlng = ring[i];
        const sin = Math.sin(Math.max(Math.min(max, latlng.lat), -max) * d);
        coordinates[2 * i] = (t._a * (r * latlng.lng * d)) + t._b;
        coordinates[(2 * i) + 1] = (t._c * (r * Math.log((1 + sin) / (1 - sin)) / 2)) + t._d;
      }
    } else {
      for (let i = 0; i < ring.length; i++) {
        const p = crs.projection.project(ring[i]);
        coordinates[2 * i] = (t._a * p.x) + t._b;
        coordinates[(2 * i) + 1] = (t._c * p.y) + t._d;
      }
    }
    unscaled.set(ring, coordinates);
  }
  return coordinates;
}

/**
 * Polyline._projectLatlngs (same arguments and results: layer-point rings pushed to `result`, `projectedBounds`
 * extended) from the cached unscaled coordinates. Installed on the layers of a map whose CRS has an affine
 * transformation (EPSG:3857, Leaflet's default); other CRSs keep Leaflet's.
 */
function createProjectLatlngs(L) {
  return function projectLatlngs(latlngs, result, projectedBounds) {
    if (!(latlngs[0] instanceof L.LatLng)) {
      for (const inner of latlngs) {
        projectLatlngs.call(this, inner, result, projectedBounds);
      }
      return;
    }
    const map = this._map;
    const crs = map.options.crs;
    const scale = crs.scale(map.getZoom());
    const origin = map.getPixelOrigin();
    const coordinates = unscaledRing(L, crs, latlngs);
    const ring = new Array(latlngs.length);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < ring.length; i++) {
      // latLngToLayerPoint: (scale · t(project(latlng)))._round()._subtract(pixelOrigin).
      const x = Math.round(scale * coordinates[2 * i]) - origin.x;
      const y = Math.round(scale * coordinates[(2 * i) + 1]) - origin.y;
      ring[i] = new L.Point(x, y);
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    if (ring.length > 0) {
      projectedBounds.extend(new L.Point(minX, minY));
      projectedBounds.extend(new L.Point(maxX, maxY));
    }
    result.push(ring);
  };
}

/**
 * @param {any} L Leaflet.
 * @param {object} options L.svg's options.
 * @returns {any} An L.SVG renderer.
 */
export function createRenderer(L, options) {
  const projectLatlngs = createProjectLatlngs(L);
  const Renderer = L.SVG.extend({
    _initPath(layer) {
      L.SVG.prototype._initPath.call(this, layer);
      const t = this._map?.options.crs.transformation;
      if (layer instanceof L.Polyline && typeof t?._a === "number" && typeof t._d === "number") {
        layer._projectLatlngs = projectLatlngs;
      }
    },

    getEvents() {
      const events = L.SVG.prototype.getEvents.call(this);
      events.viewprereset = this._onPreReset;
      return events;
    },

    _onPreReset() {
      this._resetting = true;
    },

    _onZoomEnd() {
      if (!this._resetting) {
        L.SVG.prototype._onZoomEnd.call(this);
      }
    },

    _updatePaths() {
      if (!this._resetting) {
        L.SVG.prototype._updatePaths.call(this);
      }
    },

    /**
     * Runs `add` (which adds path layers to the map) with the new paths kept out of the document and out of this
     * renderer's updates. Nothing is drawn and no frame is spent on them until `show`.
     * @param {() => void} add
     * @returns {{group: SVGGElement, layers: Record<string, any>, view: string}}
     */
    hold(add) {
      if (!this._rootGroup) {
        this._initContainer();
      }
      const root = this._rootGroup;
      const group = L.SVG.create("g");
      const before = new Set(Object.keys(this._layers));
      this._rootGroup = group;
      try {
        add();
      } finally {
        this._rootGroup = root;
      }
      const layers = {};
      for (const id of Object.keys(this._layers)) {
        if (!before.has(id)) {
          layers[id] = this._layers[id];
          delete this._layers[id];
        }
      }
      return { group, layers, view: this._viewKey() };
    },

    /**
     * Draws held layers: back in this renderer's updates, projected and written again when the map has moved
     * since they were held, and their paths moved into the document in one call.
     * @param {{group: SVGGElement, layers: Record<string, any>, view: string}} held
     */
    show(held) {
      const stale = held.view !== this._viewKey();
      for (const id in held.layers) {
        this._layers[id] = held.layers[id];
        if (stale) {
          held.layers[id]._reset();
        }
      }
      this._rootGroup.append(...held.group.childNodes);
    },

    /** Where the paths' layer points were computed for: the zoom, the pixel origin and the renderer's bounds. */
    _viewKey() {
      const map = this._map;
      const origin = map.getPixelOrigin();
      const b = this._bounds;
      return [map.getZoom(), origin.x, origin.y, b?.min.x, b?.min.y, b?.max.x, b?.max.y].join(" ");
    },

    _reset() {
      // Leaflet's _reset with the renderer's bounds updated while the paths wait, then each path projected and
      // written once (Path._reset).
      this._resetting = true;
      try {
        this._update();
      } finally {
        this._resetting = false;
      }
      this._updateTransform(this._center, this._zoom);
      for (const id in this._layers) {
        this._layers[id]._reset();
      }
    },
  });
  return new Renderer(options);
}
