// The other boundary sets' coarse shapes, fetched when the reader reaches for a year: the sample's years are on
// three structures (2018, 2020 and 2024 boundaries), so a year change usually draws another set, and its shapes
// (about 34 kB each with Brotli) are then already parsed in loadShapes' cache instead of fetched after the circuit answers.
// Fetched only on that intent (a pointer over, or the focus into, an element marked data-kd-years), so a reader who
// only looks downloads none of them. Each set's shapes, once parsed, go to `onShapes`: the map makes that set's
// layers ahead in idle time (ChoroplethMap.razor.js, prepareSet).
import { loadShapes } from "./shapes.js";

/**
 * @param {any} L Leaflet.
 * @param {() => ParentNode} rootOf Where the page's own drawing is (loadShapes reads a set it shows from there).
 * @param {{boundaries: string, url: string}[]} shapes Every set's id and shapes URL.
 * @param {(shapes: {collection: object, metresPerUnit: number}|null, boundaries: string) => void} [onShapes]
 * @returns {{dispose: () => void}}
 */
export function prefetchShapesOnIntent(L, rootOf, shapes, onShapes) {
  let disposed = false;
  const types = ["pointerover", "focusin"];
  const stop = () => {
    for (const type of types) {
      document.removeEventListener(type, onIntent, true);
    }
  };
  function onIntent(event) {
    if (!(event.target instanceof Element) || !event.target.closest("[data-kd-years]")) {
      return;
    }
    stop();
    for (const set of shapes) {
      loadShapes(L, rootOf(), set.boundaries, set.url)
        .then((parsed) => {
          if (onShapes && !disposed) {
            onShapes(parsed, set.boundaries);
          }
        })
        .catch(() => { });
    }
  }
  if (shapes?.length) {
    for (const type of types) {
      document.addEventListener(type, onIntent, { capture: true, passive: true });
    }
  }
  return {
    dispose: () => {
      disposed = true;
      stop();
    },
  };
}

/**
 * Runs `callback` when the page's main thread is idle (requestIdleCallback, at the latest after `timeout` ms), so
 * work made ahead never delays a frame or a reader's input that is already waiting.
 * @param {() => void} callback
 * @param {number} [timeout]
 */
export function whenIdle(callback, timeout = 2000) {
  if (typeof requestIdleCallback === "function") {
    requestIdleCallback(() => callback(), { timeout });
  } else {
    setTimeout(callback, 50);
  }
}
