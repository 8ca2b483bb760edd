// Injected before any page script (Playwright AddInitScript). Records, on the page's own clock
// (performance.now(), 0 = navigation start):
//  - readyAt: when the map's readiness attribute became set (the baseline's data-ready on its container; the
//    app's data-map-shapes="N" on the server-drawn <svg> in the first HTML, later on the Leaflet element, once N
//    paths are in it), and paintedAt: when the frame that shows it has been produced;
//  - for a recolour: the control's change event (event.timeStamp), every fill/class/style change of a
//    shape and every shape added, and when the frame showing the last of them has been produced.
// "The frame has been produced": a message task posted from inside the frame's rendering task runs after
// that task's style, layout and paint. A change made inside a requestAnimationFrame callback is painted by
// that same frame; a change made in any other task is painted by the next one. The page's
// requestAnimationFrame is wrapped only to know which of the two a change was, so the map page (which
// flips readiness inside a frame) and the baseline (which does not) are timed alike.
// __CONFIG__ is replaced with {"readyAttribute": "...", "shapeSelector": "..."}.
(() => {
  const config = __CONFIG__;
  const bench = {
    readyAt: null, paintedAt: null, inFrame: false,
    armed: false, eventAt: null, changes: 0, lastAt: null, recolourPaintedAt: null, seq: 0,
  };
  window.__bench = bench;

  const afterTask = (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(0);
  };
  let frameEndPosted = false;
  const markFrame = () => {
    bench.inFrame = true;
    if (!frameEndPosted) {
      frameEndPosted = true;
      afterTask(() => { bench.inFrame = false; frameEndPosted = false; });
    }
  };
  const nativeRequestAnimationFrame = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => nativeRequestAnimationFrame((time) => {
    markFrame();
    callback(time);
  });
  const afterPaint = (callback) => {
    if (bench.inFrame) {
      afterTask(callback);
    } else {
      nativeRequestAnimationFrame(() => { markFrame(); afterTask(callback); });
    }
  };

  // A number as the value ("data-map-shapes": 357) counts only once that many paths are in the element: the HTML
  // parser inserts the server-drawn <svg> with its attributes before it has read the paths inside it.
  const isReadyElement = (el) => {
    if (el.nodeType !== 1 || !el.hasAttribute(config.readyAttribute)) {
      return false;
    }
    const value = el.getAttribute(config.readyAttribute);
    const shapes = Number(value);
    return value !== "false" && (!Number.isInteger(shapes) || shapes <= 0 || el.querySelectorAll("path").length >= shapes);
  };
  bench.isReady = () => {
    const el = document.querySelector("[" + config.readyAttribute + "]");
    return el !== null && isReadyElement(el);
  };

  // The interactive map has drawn (a page with a server-drawn first paint reaches readiness before that).
  bench.isInteractive = () => document.querySelector(config.shapeSelector) !== null && bench.isReady();

  const first = new MutationObserver(() => {
    if (bench.readyAt === null && bench.isReady()) {
      bench.readyAt = performance.now();
      first.disconnect();
      afterPaint((t) => { bench.paintedAt = t; });
    }
  });
  first.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: [config.readyAttribute] });

  document.addEventListener("change", (e) => {
    if (bench.armed) {
      bench.armed = false;
      bench.eventAt = e.timeStamp;
    }
  }, true);

  bench.arm = () => {
    bench.armed = true;
    bench.eventAt = null;
    bench.changes = 0;
    bench.lastAt = null;
    bench.recolourPaintedAt = null;
  };

  const noteChange = () => {
    const seq = ++bench.seq;
    bench.lastAt = performance.now();
    afterPaint((t) => {
      if (seq === bench.seq) {
        bench.recolourPaintedAt = t;
      }
    });
  };

  bench.watch = () => new MutationObserver((records) => {
    if (bench.eventAt === null) {
      return;
    }
    let relevant = false;
    for (const r of records) {
      if (r.type === "attributes") {
        if (r.attributeName === config.readyAttribute) {
          relevant = true;
        } else if (r.target.matches(config.shapeSelector) && r.target.getAttribute(r.attributeName) !== r.oldValue) {
          bench.changes++;
          relevant = true;
        }
      } else {
        for (const node of r.addedNodes) {
          if (node.nodeType === 1 && (node.matches(config.shapeSelector) || node.querySelector(config.shapeSelector))) {
            bench.changes++;
            relevant = true;
          }
        }
      }
    }
    if (relevant) {
      noteChange();
    }
  }).observe(document, {
    subtree: true, childList: true, attributes: true, attributeOldValue: true,
    attributeFilter: ["fill", "style", "class", "data-kommunenummer", config.readyAttribute],
  });
})();
