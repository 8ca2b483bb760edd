// Switches SSB's web fonts on once the page's first frame has been produced.
//
// App.razor links lib/ssb/fonts.css (the @font-face rules of Open Sans, Roboto and Roboto Condensed) with
// media="print": for the screen the rules do not apply yet, so the first frame lays out the text in the fallback
// fonts instead of waiting for, and decoding, the five faces the first view uses (measured on copies of the map
// page: 25-30 ms of its first full map). In the task after that frame this sets media="all" and
// the browser fetches the faces the page shows; with font-display: swap the text takes them as each arrives.
// A reader without JavaScript gets the same sheet from App.razor's <noscript>. The link is marked data-permanent,
// which Blazor's enhanced page updates leave as it is, so an update does not set it back to print.
const sheet = document.querySelector("link[data-web-fonts]");

function useWebFonts() {
  if (sheet) {
    sheet.media = "all";
  }
}

if (document.visibilityState === "hidden") {
  // A hidden page produces no frames.
  useWebFonts();
} else {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = useWebFonts;
    channel.port2.postMessage(null);
  });
}
