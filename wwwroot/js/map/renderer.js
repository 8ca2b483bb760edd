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
// Paths outside the drawn area: a county's fit zooms in so far that most of the 357 municipalities lie outside
// the renderer's (padded) bounds, and Leaflet still projected every vertex of each, to clip them all away. A
// polygon here is projected lazily: at a zoom its pixel bounds come from the ring's cached bounding box (the same
// rounding of the same numbers, so the same bounds), and its vertices are projected only once it reaches the drawn
// area. Its path is then what Leaflet writes: nothing for a polygon outside, the clipped rings for one inside.
//
// Styles: Leaflet writes every style attribute of a path on each setStyle (ten of them), and each write costs the
// browser a style invalidation; a recolour changes one or two, so only those that differ are written.
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

// By the rings array of a layer (its _latlngs): [minX, minY, maxX, maxY] of every ring's unscaled coordinates.
const unscaledBoxes = new WeakMap();

function unscaledBox(L, crs, latlngs) {
  let box = unscaledBoxes.get(latlngs);
  if (!box) {
    box = [Infinity, Infinity, -Infinity, -Infinity];
    const visit = (rings) => {
      if (rings[0] instanceof L.LatLng) {
        const coordinates = unscaledRing(L, crs, rings);
        for (let i = 0; i < coordinates.length; i += 2) {
          box[0] = Math.min(box[0], coordinates[i]);
          box[1] = Math.min(box[1], coordinates[i + 1]);
          box[2] = Math.max(box[2], coordinates[i]);
          box[3] = Math.max(box[3], coordinates[i + 1]);
        }
      } else {
        for (const inner of rings) {
          visit(inner);
        }
      }
    };
    if (latlngs.length > 0) {
      visit(latlngs);
    }
    unscaledBoxes.set(latlngs, box);
  }
  return box;
}

/**
 * Polyline._project for a polygon, lazily: the pixel bounds (_rawPxBounds, _pxBounds) as projecting every vertex
 * gives them (Math.round is monotonic, so the rounded extremes are the extremes of the rounded points), the
 * vertices themselves later, in lazyUpdate, and only if the polygon reaches the drawn area.
 */
function createLazyProject(L) {
  return function lazyProject() {
    const map = this._map;
    const crs = map.options.crs;
    const [minX, minY, maxX, maxY] = unscaledBox(L, crs, this._latlngs);
    if (!(minX <= maxX) || !this._bounds.isValid()) {
      L.Polyline.prototype._project.call(this);
      this._projectionPending = false;
      return;
    }
    const scale = crs.scale(map.getZoom());
    const origin = map.getPixelOrigin();
    this._rawPxBounds = new L.Bounds(
      new L.Point(Math.round(scale * minX) - origin.x, Math.round(scale * minY) - origin.y),
      new L.Point(Math.round(scale * maxX) - origin.x, Math.round(scale * maxY) - origin.y));
    this._updateBounds();
    this._rings = [];
    this._projectionPending = true;
  };
}

/**
 * Polyline._update, first projecting the vertices lazyProject left when the polygon is in the area Polygon's
 * _clipPoints keeps (the renderer's bounds grown by the stroke's weight); outside it, the rings are not read.
 */
function createLazyUpdate(L) {
  return function lazyUpdate() {
    if (this._projectionPending && this._map && this._renderer?._bounds) {
      const bounds = this._renderer._bounds;
      const p = new L.Point(this.options.weight, this.options.weight);
      if (this._pxBounds?.intersects(new L.Bounds(bounds.min.subtract(p), bounds.max.add(p)))) {
        this._projectionPending = false;
        L.Polyline.prototype._project.call(this);
      }
    }
    L.Polyline.prototype._update.call(this);
  };
}

/** Leaflet's SVG _updateStyle, writing only the attributes whose value differs from the path's. */
function updateStyle(layer) {
  const path = layer._path;
  const options = layer.options;
  if (!path) {
    return;
  }
  const set = (name, value) => {
    const text = String(value);
    if (path.getAttribute(name) !== text) {
      path.setAttribute(name, text);
    }
  };
  const remove = (name) => {
    if (path.hasAttribute(name)) {
      path.removeAttribute(name);
    }
  };
  if (options.stroke) {
    set("stroke", options.color);
    set("stroke-opacity", options.opacity);
    set("stroke-width", options.weight);
    set("stroke-linecap", options.lineCap);
    set("stroke-linejoin", options.lineJoin);
    if (options.dashArray) {
      set("stroke-dasharray", options.dashArray);
    } else {
      remove("stroke-dasharray");
    }
    if (options.dashOffset) {
      set("stroke-dashoffset", options.dashOffset);
    } else {
      remove("stroke-dashoffset");
    }
  } else {
    set("stroke", "none");
  }
  if (options.fill) {
    set("fill", options.fillColor || options.color);
    set("fill-opacity", options.fillOpacity);
    set("fill-rule", options.fillRule || "evenodd");
  } else {
    set("fill", "none");
  }
}

/**
 * @param {any} L Leaflet.
 * @param {object} options L.svg's options.
 * @returns {any} An L.SVG renderer.
 */
export function createRenderer(L, options) {
  const projectLatlngs = createProjectLatlngs(L);
  const lazyProject = createLazyProject(L);
  const lazyUpdate = createLazyUpdate(L);
  const Renderer = L.SVG.extend({
    _initPath(layer) {
      L.SVG.prototype._initPath.call(this, layer);
      const t = this._map?.options.crs.transformation;
      if (layer instanceof L.Polyline && typeof t?._a === "number" && typeof t._d === "number") {
        layer._projectLatlngs = projectLatlngs;
        if (layer instanceof L.Polygon) {
          layer._project = lazyProject;
          layer._update = lazyUpdate;
        }
      }
    },

    _updateStyle: updateStyle,

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
