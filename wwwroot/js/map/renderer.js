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

/**
 * @param {any} L Leaflet.
 * @param {object} options L.svg's options.
 * @returns {any} An L.SVG renderer.
 */
export function createRenderer(L, options) {
  const Renderer = L.SVG.extend({
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
