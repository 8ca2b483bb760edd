// Loads blazor.web.js once the page's first frame has been produced. As a classic script at the end of <body> it
// was evaluated (tens of milliseconds of main thread) as soon as it arrived, often right before the first frame
// of the server-drawn map, and it held back DOMContentLoaded. App.razor preloads it with the HTML, so the download
// is not delayed, and names its fingerprinted address in data-blazor-web on the <script type="module"> that loads
// this file. The inserted script starts Blazor as it runs (autostart), with the page already parsed.
const loader = document.querySelector("script[data-blazor-web]");

const load = () => {
  const script = document.createElement("script");
  script.src = loader.dataset.blazorWeb;
  document.body.append(script);
};

if (loader) {
  // Callbacks of requestAnimationFrame run before their frame's style, layout and paint; a task posted from one
  // runs after that frame. A hidden page produces no frames until it is shown: load at once.
  if (document.visibilityState === "hidden") {
    load();
  } else {
    requestAnimationFrame(() => setTimeout(load, 0));
  }
}
