// Starts Blazor's circuit, and hands the prerendered page over to it without losing what the reader did.
//
// When: App.razor names blazor.web.js's fingerprinted address in data-blazor-web (and the reconnect dialog's script
// in data-reconnect) on the <script type="module"> that loads this file. On most pages the circuit starts once the page's first frame has been produced. On a page marked
// data-on-intent (the map page, [StartsCircuitOnIntent]) it starts when the reader first reaches for the page: a
// pointer on a control, a key, a touch, focus, an input; or when the map module asks (a click on a municipality, the
// event "kd:start-circuit"). Until then the map is the map module's own, drawn and interactive without the circuit,
// and the first view costs neither blazor.web.js nor the circuit's messages.
//
// Handing over: the circuit's first render replaces the prerendered markup. Whatever the reader changed in the
// prerendered controls before that (a radio checked, a year chosen, text typed, a button pressed, a menu opened) is
// recorded and, in the same task as the replacement (a MutationObserver callback runs before the next frame), done
// again on the new elements, so Blazor's handlers see it; the focused control gets the focus back. An element marked
// data-kd-keep (the map's Leaflet element) is put back in place of its new, empty copy and takes the copy's
// element-reference attribute (_bl_…, what Blazor finds an ElementReference by), so the component's JS gets the
// element the map module already drew into.
const loader = document.querySelector("script[data-blazor-web]");

let started = false;

function start() {
  if (started || !loader) {
    return;
  }
  started = true;
  document.documentElement.dataset.circuit = "starting";
  // The reconnect dialog's handlers (Components/Layout/ReconnectModal.razor.js) are wanted only with a circuit.
  if (loader.dataset.reconnect) {
    import(loader.dataset.reconnect).catch(() => { });
  }
  const script = document.createElement("script");
  script.src = loader.dataset.blazorWeb;
  document.body.append(script);
}

/** Where `element` is, as its nearest ancestor with an id (or body) and the child indices from there down. */
function pathOf(element) {
  const steps = [];
  let node = element;
  while (node && node !== document.body && !node.id) {
    const parent = node.parentElement;
    if (!parent) {
      return null;
    }
    steps.unshift(Array.prototype.indexOf.call(parent.children, node));
    node = parent;
  }
  return node ? { id: node === document.body ? null : node.id, steps } : null;
}

function findByPath(path) {
  let node = path.id === null ? document.body : document.getElementById(path.id);
  for (const step of path.steps) {
    node = node?.children[step] ?? null;
  }
  return node;
}

// What the reader did to the prerendered page, in order: [{target, path, kind, value, checked}].
const done = [];
let handedOver = false;

const isControl = (el) => el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;

// A button Blazor handles: not one of the map's (Leaflet's, the map module's) or the legend's, which work without
// the circuit and stay as they are.
const isPageButton = (el) => el instanceof HTMLButtonElement && !el.closest(".kd-map, [data-legend-key]");

function record(event) {
  const target = event.target;
  if (handedOver || !(target instanceof Element) || !target.isConnected) {
    return;
  }
  if (event.type === "toggle") {
    // A <details> menu the reader opened (Last ned) stays open on the new page.
    if (target instanceof HTMLDetailsElement) {
      done.push({ target, path: pathOf(target), kind: "toggle", open: target.open });
    }
  } else if (event.type === "click") {
    const button = target.closest("button");
    if (button && isPageButton(button)) {
      done.push({ target: button, path: pathOf(button), kind: "click" });
    }
  } else if (isControl(target)) {
    // The last value is what counts; a radio group's change is the radio checked.
    done.push({ target, path: pathOf(target), kind: event.type, value: target.value, checked: target.checked });
  }
}

function replay() {
  for (const action of done) {
    // Still in the page: the circuit had taken over and handled it already.
    if (action.target.isConnected || !action.path) {
      continue;
    }
    const element = findByPath(action.path);
    if (!element || element.tagName !== action.target.tagName) {
      continue;
    }
    if (action.kind === "click") {
      element.click();
      continue;
    }
    if (action.kind === "toggle") {
      element.open = action.open;
      continue;
    }
    if (element.type === "radio" || element.type === "checkbox") {
      element.checked = action.checked;
    } else {
      element.value = action.value;
    }
    element.dispatchEvent(new Event(action.kind, { bubbles: true }));
  }
  done.length = 0;
}

/** The kept elements (data-kd-keep) that the replacement took out, back in place of their new copies. */
function putBackKept(kept) {
  for (const old of kept) {
    if (old.isConnected) {
      continue;
    }
    const copy = [...document.querySelectorAll(`[data-kd-keep="${old.dataset.kdKeep}"]`)].find((el) => el !== old && el.childElementCount === 0);
    if (!copy) {
      continue;
    }
    for (const attribute of [...copy.attributes]) {
      if (attribute.name.startsWith("_bl_")) {
        old.setAttribute(attribute.name, attribute.value);
      }
    }
    copy.replaceWith(old);
  }
}

// A link clicked while the circuit is starting (blazor.web.js is there, the circuit has not rendered) is followed as
// the browser follows it without Blazor: a full page load. Blazor would follow it as an enhanced navigation racing
// the circuit's start, which begins on the address the page had; in one CI run a pinned table's "Vis siste versjon"
// showed the latest numbers and then the pinned ones again. The links Blazor leaves to the browser are left alone.
function followInFull(event) {
  if (document.documentElement.dataset.circuit !== "starting" || event.defaultPrevented || event.button !== 0
    || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) {
    return;
  }
  const url = new URL(link.href, document.baseURI);
  const samePage = url.pathname === location.pathname && url.search === location.search;
  if (url.origin !== location.origin || (samePage && url.hash)) {
    return;
  }
  event.preventDefault();
  event.stopImmediatePropagation();
  location.assign(url.href);
}

function watchHandOver() {
  const main = document.getElementById("hovedinnhold");
  if (!main) {
    return;
  }
  const kept = [...document.querySelectorAll("[data-kd-keep]")];
  let focused = null;
  let selection = null;
  const noteFocus = () => {
    const active = document.activeElement;
    if (active && active !== document.body && main.contains(active)) {
      focused = pathOf(active);
      selection = isControl(active) && typeof active.selectionStart === "number" ? [active.selectionStart, active.selectionEnd] : null;
    }
  };
  document.addEventListener("focusin", noteFocus, true);
  noteFocus();
  const observer = new MutationObserver(() => {
    if (main.isConnected) {
      return;
    }
    observer.disconnect();
    handedOver = true;
    document.removeEventListener("focusin", noteFocus, true);
    putBackKept(kept);
    const hadFocus = focused && (document.activeElement === document.body || document.activeElement === null);
    replay();
    if (hadFocus) {
      const element = findByPath(focused);
      element?.focus({ preventScroll: true });
      if (selection && element && isControl(element)) {
        try {
          element.setSelectionRange(selection[0], selection[1]);
        } catch {
          // Not a text control.
        }
      }
    }
    document.documentElement.dataset.circuit = "live";
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

if (loader) {
  watchHandOver();
  document.addEventListener("click", followInFull, true);
  for (const type of ["input", "change", "click", "toggle"]) {
    document.addEventListener(type, record, true);
  }
  if (loader.dataset.onIntent !== undefined) {
    // A pointer over a control is the earliest sign: the circuit gets the time the pointer takes to press it.
    const reach = (event) => {
      // The map and the legend work without the circuit: pointing at them is no reach for the page's controls.
      const control = event.target.closest?.("input, select, textarea, button, summary, label, a");
      if (event.type !== "pointerover" || (control && !control.closest(".kd-map, [data-legend-key]"))) {
        start();
        for (const type of intents) {
          document.removeEventListener(type, reach, true);
        }
      }
    };
    const intents = ["pointerover", "pointerdown", "touchstart", "keydown", "focusin", "input", "change"];
    for (const type of intents) {
      document.addEventListener(type, reach, { capture: true, passive: true });
    }
    document.addEventListener("kd:start-circuit", start);
  } else if (document.visibilityState === "hidden") {
    // A hidden page produces no frames until it is shown: start at once.
    start();
  } else {
    // Callbacks of requestAnimationFrame run before their frame's style, layout and paint; a task posted from one
    // runs after that frame. blazor.web.js is preloaded with the HTML.
    requestAnimationFrame(() => setTimeout(start, 0));
  }
}
