// The map's controls and input handling: real buttons with Norwegian names (Leaflet's own zoom control uses
// links), full screen (with a fallback for iPhone Safari), the wheel only after the map is focused, and one finger
// scrolling the page on touch screens. Used by Components/Map/ChoroplethMap.razor.js.

import { svgElement } from "./style.js";

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
 * Adds the controls and input handling to `map`.
 * @param {any} L Leaflet.
 * @param {any} map The Leaflet map.
 * @param {HTMLElement} element The map's element.
 * @param {() => HTMLElement} frameOf What goes full screen (looked up when needed: the page's circuit replaces it).
 * @param {() => void} fitSelection What the reset button does.
 * @returns {{ dispose: () => void }} Removes the document-level listeners and timers.
 */
export function addControls(L, map, element, frameOf, fitSelection, texts) {
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

  const fullscreenButton = button(ICONS.fullscreen, texts.fullscreen, toggleFullscreen);
  fullscreenButton.setAttribute("aria-pressed", "false");
  const Controls = L.Control.extend({
    options: { position: "topleft" },
    onAdd() {
      const bar = L.DomUtil.create("div", "kd-map-controls leaflet-bar");
      bar.setAttribute("role", "group");
      bar.setAttribute("aria-label", texts.controls);
      bar.appendChild(button(ICONS.zoomIn, texts.zoomIn, () => map.zoomIn()));
      bar.appendChild(button(ICONS.zoomOut, texts.zoomOut, () => map.zoomOut()));
      bar.appendChild(button(ICONS.reset, texts.reset, () => fitSelection()));
      bar.appendChild(fullscreenButton);
      L.DomEvent.disableClickPropagation(bar);
      L.DomEvent.disableScrollPropagation(bar);
      return bar;
    },
  });
  map.addControl(new Controls());

  function isFullscreen() {
    return document.fullscreenElement === frameOf() || frameOf().classList.contains("kd-fullscreen");
  }

  function updateFullscreenButton() {
    const on = isFullscreen();
    fullscreenButton.setAttribute("aria-pressed", on ? "true" : "false");
    fullscreenButton.setAttribute("aria-label", on ? texts.exitFullscreen : texts.fullscreen);
    fullscreenButton.title = on ? texts.exitFullscreen : texts.fullscreen;
    fullscreenButton.replaceChildren(icon(on ? ICONS.exitFullscreen : ICONS.fullscreen));
    map.invalidateSize();
  }

  async function toggleFullscreen() {
    if (document.fullscreenElement === frameOf()) {
      await document.exitFullscreen();
    } else if (frameOf().classList.contains("kd-fullscreen")) {
      frameOf().classList.remove("kd-fullscreen");
      updateFullscreenButton();
    } else if (frameOf().requestFullscreen && document.fullscreenEnabled) {
      try {
        await frameOf().requestFullscreen();
      } catch {
        frameOf().classList.add("kd-fullscreen");
        updateFullscreenButton();
      }
    } else {
      // iPhone Safari has no element full screen: fill the viewport instead.
      frameOf().classList.add("kd-fullscreen");
      updateFullscreenButton();
    }
    fullscreenButton.focus();
  }

  const onFullscreenChange = () => updateFullscreenButton();
  document.addEventListener("fullscreenchange", onFullscreenChange);
  const onKeyDown = (event) => {
    if (event.key === "Escape" && frameOf().classList.contains("kd-fullscreen")) {
      frameOf().classList.remove("kd-fullscreen");
      updateFullscreenButton();
    }
  };
  // On the map's element, which stays when the page's circuit replaces the frame around it.
  element.addEventListener("keydown", onKeyDown);

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
      showHint(texts.wheelHint);
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
      showHint(texts.twoFingerHint);
    }
  }, { passive: true });
  if (L.Browser.mobile) {
    map.dragging.disable();
  }

  return {
    dispose() {
      clearTimeout(hintTimer);
      document.removeEventListener("fullscreenchange", onFullscreenChange);
      element.removeEventListener("keydown", onKeyDown);
      element.removeEventListener("pointerdown", onPointerDown, { capture: true });
    },
  };
}
