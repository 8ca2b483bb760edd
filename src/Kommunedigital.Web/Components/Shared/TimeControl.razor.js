// The clock of the time control's play button (Components/Shared/TimeControl.razor): asks the component for the next
// year every interval until it says the last year is reached. The component owns the years and the URL; this owns only
// the timing, which belongs to the browser: the reader's motion preference, and waiting for the map to finish drawing.

// One year per 1.5 s; a reader who asks for reduced motion gets twice as long on each year (never faster).
const STEP_MS = 1500;
const REDUCED_MOTION_STEP_MS = 3000;

// A step waits for the map to have drawn the previous one (data-ready), at most this long.
const DRAW_WAIT_MS = 10000;

function mapDrawn() {
  const started = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      const map = document.querySelector(".kd-map");
      if (!map || map.dataset.ready !== "false" || performance.now() - started > DRAW_WAIT_MS) {
        resolve();
      } else {
        requestAnimationFrame(check);
      }
    };
    check();
  });
}

/**
 * @param {any} dotNetRef A DotNetObjectReference with [JSInvokable] PlayStepFromJs(): Promise<boolean> (false: stop).
 * @returns {{ start: () => void, stop: () => void }}
 */
export function createPlayer(dotNetRef) {
  const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)");
  let timer = 0;
  let run = 0;

  function schedule(current) {
    timer = setTimeout(async () => {
      await mapDrawn();
      if (current !== run) {
        return;
      }
      let more = false;
      try {
        more = await dotNetRef.invokeMethodAsync("PlayStepFromJs");
      } catch {
        more = false;
      }
      if (more && current === run) {
        schedule(current);
      }
    }, reducedMotion.matches ? REDUCED_MOTION_STEP_MS : STEP_MS);
  }

  return {
    start() {
      clearTimeout(timer);
      schedule(++run);
    },
    stop() {
      run++;
      clearTimeout(timer);
    },
  };
}
