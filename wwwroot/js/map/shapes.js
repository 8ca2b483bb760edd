// The map's coarse shapes, in the first paint's format: an <svg> whose root carries data-boundaries (the set's id)
// and data-projection ("originX originY metresPerUnit" of its Web Mercator fit) and whose paths carry data-kode,
// data-fylke and path data "M x y l dx dy … z" in viewBox units (whole units, or tenths for the smallest shapes).
// Core/Export/FirstPaintSvg.cs is the one writer; this is the one reader. The shapes come from the server's drawing
// in the page (no request at all) or, for another boundary set, from /kart/grenser/{set}/kommuner.svg.

// Parsed shapes by source (the set's shapes URL, or its id for the page's drawing), shared by every map on the page.
const shapesCache = new Map();

/**
 * The rings of path data as arrays of [u, v] viewBox points. Reads the commands the writer uses (M, l, z) and
 * their absolute/relative twins (m, L), with implicit repeats: after M the pairs are line-tos.
 * @param {string} d
 * @returns {number[][][]}
 */
export function parsePathData(d) {
  const rings = [];
  let ring = null;
  let command = "M";
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const tokens = d.match(/[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i];
    if (/^[MmLlZz]$/.test(token)) {
      command = token;
      i++;
      if (command === "z" || command === "Z") {
        if (ring?.length >= 3) {
          rings.push(ring);
        }
        ring = null;
        // A move after z is relative to the ring's start, as in SVG.
        x = startX;
        y = startY;
      }
      continue;
    }
    const a = Number(token);
    const b = Number(tokens[i + 1]);
    i += 2;
    if (command === "M" || command === "m") {
      if (ring?.length >= 3) {
        rings.push(ring);
      }
      [x, y] = command === "M" ? [a, b] : [x + a, y + b];
      [startX, startY] = [x, y];
      ring = [[x, y]];
      command = command === "M" ? "L" : "l";
    } else {
      [x, y] = command === "L" ? [a, b] : [x + a, y + b];
      ring?.push([x, y]);
    }
  }
  if (ring?.length >= 3) {
    rings.push(ring);
  }
  return rings;
}

/**
 * The shapes of a first-paint-format <svg> as a GeoJSON FeatureCollection in WGS84, one MultiPolygon per data-kode
 * (each ring a polygon of its own: the map's paths are drawn even-odd, so a hole still shows as one), with the
 * properties the boundary GeoJSON has (kommunenummer, fylkesnummer). `metresPerUnit` is the resolution the shapes
 * were written for.
 * @param {any} L Leaflet.
 * @param {Element} svg
 */
export function shapesFromSvg(L, svg) {
  const [originX, originY, metresPerUnit] = String(svg.getAttribute("data-projection") ?? "").split(" ").map(Number);
  if (![originX, originY, metresPerUnit].every(Number.isFinite) || metresPerUnit <= 0) {
    return null;
  }
  // Leaflet's SphericalMercator.unproject written out: a year change turns some 40,000 points back into degrees,
  // and a Point and a LatLng object per point made that a measurable part of the change.
  const radius = L.Projection.SphericalMercator.R;
  const degrees = 180 / Math.PI;
  const features = [];
  for (const path of svg.querySelectorAll("path[data-kode]")) {
    const rings = parsePathData(path.getAttribute("d") ?? "");
    if (rings.length === 0) {
      continue;
    }
    const coordinates = rings.map((ring) => {
      const points = ring.map(([u, v]) => [
        ((originX + (u * metresPerUnit)) / radius) * degrees,
        ((2 * Math.atan(Math.exp((originY - (v * metresPerUnit)) / radius))) - (Math.PI / 2)) * degrees,
      ]);
      points.push(points[0]);
      return [points];
    });
    features.push({
      type: "Feature",
      properties: { kommunenummer: path.getAttribute("data-kode"), fylkesnummer: path.getAttribute("data-fylke") },
      geometry: { type: "MultiPolygon", coordinates },
    });
  }
  return { collection: { type: "FeatureCollection", features }, metresPerUnit };
}

/**
 * The coarse shapes of boundary set `boundaries`: the server's drawing inside `root` when it shows that set, else
 * the set's `shapesUrl` (fetched once per URL and page load). Null when neither is there (the caller falls back to
 * the detailed GeoJSON); a failed request is forgotten so the next call tries again.
 * @param {any} L Leaflet.
 * @param {ParentNode} root Where the first paint's drawing is.
 * @param {string|null} boundaries The set's id.
 * @param {string|null} shapesUrl
 * @returns {Promise<{collection: object, metresPerUnit: number}|null>}
 */
export function loadShapes(L, root, boundaries, shapesUrl) {
  const key = shapesUrl ?? boundaries;
  if (!key) {
    return Promise.resolve(null);
  }
  if (!shapesCache.has(key)) {
    const drawing = boundaries ? [...root.querySelectorAll("[data-first-paint] svg[data-boundaries]")]
      .find((svg) => svg.getAttribute("data-boundaries") === boundaries) : null;
    const parsed = drawing ? shapesFromSvg(L, drawing) : null;
    if (parsed) {
      shapesCache.set(key, Promise.resolve(parsed));
    } else if (shapesUrl) {
      const request = fetch(shapesUrl, { credentials: "same-origin" }).then(async (response) => {
        if (!response.ok) {
          throw new Error(`Kartgrunnlaget kunne ikke hentes (${response.status}).`);
        }
        const svg = new DOMParser().parseFromString(await response.text(), "image/svg+xml").documentElement;
        return shapesFromSvg(L, svg);
      });
      request.catch(() => shapesCache.delete(key));
      shapesCache.set(key, request);
    } else {
      return Promise.resolve(null);
    }
  }
  return shapesCache.get(key);
}
