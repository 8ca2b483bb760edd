// The legend as a control: pointing at or focusing a class (or a kind of missing) highlights its municipalities on
// the map and dims the rest; a click, Enter or Space presses it (aria-pressed) so the highlight stays, and several
// pressed rows highlight together. The legend's buttons are rendered by Components/Map/Legend.razor with a
// `data-legend-key` and each payload entry carries the same key (`legend`), both from C#'s LegendKey, so this
// module compares keys and works nothing out. The counts stay in the buttons.
// Used by Components/Map/ChoroplethMap.razor.js.

/**
 * @param {HTMLElement} element The map's element: its page (or embed) holds the legend.
 * @param {object} state The map module's state: municipalities (code → layer), entries, palette.
 * @returns {{apply: () => void, dispose: () => void}}
 */
export function addLegendControl(element, state) {
  const scope = element.closest("[data-kd-embed]") ?? document;
  let hovered = null;
  // The rows the reader pressed, for adopt: the page's circuit renders the legend anew.
  const pressedBeforeCircuit = new Set();

  function keyOf(code) {
    return state.entries[code]?.legend ?? null;
  }

  function items() {
    return [...scope.querySelectorAll(".legend-item[data-legend-key]")];
  }

  function apply() {
    const keys = new Set(items().filter((b) => b.getAttribute("aria-pressed") === "true").map((b) => b.dataset.legendKey));
    if (hovered) {
      keys.add(hovered);
    }
    let emphasised = 0;
    for (const [code, layer] of state.municipalities) {
      const path = layer.getElement?.();
      if (!path) {
        continue;
      }
      const on = keys.size > 0 && keys.has(keyOf(code));
      path.classList.toggle("kd-emphasised", on);
      path.classList.toggle("kd-dimmed", keys.size > 0 && !on);
      emphasised += on ? 1 : 0;
    }
    element.dataset.emphasised = keys.size > 0 ? String(emphasised) : "";
  }

  function itemOf(event) {
    const item = event.target instanceof Element ? event.target.closest(".legend-item[data-legend-key]") : null;
    return item && scope.contains(item) ? item : null;
  }

  const onEnter = (event) => {
    const item = itemOf(event);
    if (item) {
      hovered = item.dataset.legendKey;
      apply();
    }
  };

  /**
   * The page's circuit has rendered the legend anew (its first render replaces the prerendered buttons): the rows
   * pressed before are pressed again, and a hover whose button went (no pointerout came from it) ends unless the
   * pointer is over the new one.
   */
  function adopt() {
    for (const item of items()) {
      if (pressedBeforeCircuit.has(item.dataset.legendKey)) {
        item.setAttribute("aria-pressed", "true");
      }
    }
    if (hovered && !items().some((item) => item.dataset.legendKey === hovered && item.matches(":hover, :focus"))) {
      hovered = null;
    }
    apply();
  }

  const onLeave = (event) => {
    const item = itemOf(event);
    if (item && !(event.relatedTarget instanceof Node && item.contains(event.relatedTarget))) {
      hovered = null;
      apply();
    }
  };
  const onClick = (event) => {
    const item = itemOf(event);
    if (item) {
      const on = item.getAttribute("aria-pressed") !== "true";
      item.setAttribute("aria-pressed", on ? "true" : "false");
      if (on) {
        pressedBeforeCircuit.add(item.dataset.legendKey);
      } else {
        pressedBeforeCircuit.delete(item.dataset.legendKey);
      }
      apply();
    }
  };
  scope.addEventListener("pointerover", onEnter);
  scope.addEventListener("pointerout", onLeave);
  scope.addEventListener("focusin", onEnter);
  scope.addEventListener("focusout", onLeave);
  scope.addEventListener("click", onClick);

  return {
    apply,
    adopt,
    dispose() {
      scope.removeEventListener("pointerover", onEnter);
      scope.removeEventListener("pointerout", onLeave);
      scope.removeEventListener("focusin", onEnter);
      scope.removeEventListener("focusout", onLeave);
      scope.removeEventListener("click", onClick);
    },
  };
}
