// The embed page: draws the server-rendered view with the map module (no Blazor circuit) and tells the
// parent window how tall the content is, so the snippet's script can size the iframe.
import { createMap } from "../Map/ChoroplethMap.razor.js";
import { afterFirstFrame } from "../../js/map/first-paint.js";

const root = document.querySelector("[data-kd-embed]");
const element = root?.querySelector("[data-kd-map]");

function postHeight() {
  if (window.parent !== window) {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    window.parent.postMessage({ type: "kommunedigital:height", height }, "*");
  }
}

// The snippet's script answers our height message: the iframe follows the content, so the map may take its
// natural height (see the .kd-autosize rules in app.css). Without that answer the content fills the iframe.
addEventListener("message", (event) => {
  if (event.source === window.parent && event.data?.type === "kommunedigital:autosize") {
    document.documentElement.classList.add("kd-autosize");
  }
});

if (root) {
  new ResizeObserver(postHeight).observe(document.documentElement);
  postHeight();
}

if (element) {
  const view = JSON.parse(element.dataset.view ?? "{}");
  const texts = JSON.parse(element.dataset.texts ?? "{}");
  await afterFirstFrame();
  const map = await createMap(element, { label: view.mapLabel, texts, frame: element.parentElement, palette: view.palette, extentDecimals: view.extentDecimals }, null);
  await map.setView(view);
}
