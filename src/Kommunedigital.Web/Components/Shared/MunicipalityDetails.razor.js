// The details panel as a bottom sheet on narrow screens: Escape and a swipe down close it; when it opens as a
// sheet, focus moves to its heading, and when it closes focus returns to where it was (the map's shape, the search).
// On wide screens the panel sits beside the map and focus stays where the reader is; Escape still closes it.

/**
 * @param {HTMLElement} section The panel.
 * @param {any} dotNetRef With [JSInvokable] CloseFromJs().
 */
export function attachSheet(section, dotNetRef) {
  const returnTo = document.activeElement;
  // A sheet is what MunicipalityDetails.razor.css makes of the panel on narrow screens: fixed over the page.
  const isSheet = () => getComputedStyle(section).position === "fixed";
  const close = () => dotNetRef.invokeMethodAsync("CloseFromJs").catch(() => { });

  if (isSheet()) {
    section.querySelector("h2")?.focus({ preventScroll: true });
  }

  const onKeyDown = (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  };
  section.addEventListener("keydown", onKeyDown);

  // Swipe down from the sheet's top (its content scrolled to the start) closes it; the sheet follows the finger.
  let startY = null;
  let dy = 0;
  const onTouchStart = (event) => {
    startY = isSheet() && section.scrollTop <= 0 && event.touches.length === 1 ? event.touches[0].clientY : null;
    dy = 0;
  };
  const onTouchMove = (event) => {
    if (startY === null) {
      return;
    }
    dy = Math.max(0, event.touches[0].clientY - startY);
    section.style.transform = dy > 0 ? `translateY(${dy}px)` : "";
  };
  const onTouchEnd = () => {
    if (startY !== null && dy > 60) {
      close();
    } else {
      section.style.transform = "";
    }
    startY = null;
  };
  section.addEventListener("touchstart", onTouchStart, { passive: true });
  section.addEventListener("touchmove", onTouchMove, { passive: true });
  section.addEventListener("touchend", onTouchEnd);
  section.addEventListener("touchcancel", onTouchEnd);

  return {
    dispose() {
      section.removeEventListener("keydown", onKeyDown);
      section.removeEventListener("touchstart", onTouchStart);
      section.removeEventListener("touchmove", onTouchMove);
      section.removeEventListener("touchend", onTouchEnd);
      section.removeEventListener("touchcancel", onTouchEnd);
      // Back to where the reader was, if the sheet had focus and that place is still there; else the map.
      const active = document.activeElement;
      if (active === document.body || active === null || !active.isConnected || section.contains(active)) {
        const target = returnTo !== document.body && (returnTo instanceof HTMLElement || returnTo instanceof SVGElement) ? returnTo : null;
        (target?.isConnected ? target : document.querySelector(".kd-map"))?.focus({ preventScroll: true });
      }
    },
  };
}
