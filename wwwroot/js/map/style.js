// How the map looks: path and outline styles, one hatch pattern per kind of missing, and the tooltip. Every
// colour and every hatch comes from the payload's palette (C#'s MapPalette); nothing here types a colour.
//
// Every data string (names, values) is inserted with textContent, never as HTML.

let patternCounter = 0;

export function svgElement(name, attributes) {
  const element = document.createElementNS("http://www.w3.org/2000/svg", name);
  for (const [key, value] of Object.entries(attributes)) {
    element.setAttribute(key, String(value));
  }
  return element;
}

/**
 * The fills of the missing kinds: an SVG pattern per hatched status, made once per palette and map.
 * @param {SVGSVGElement} svg The renderer's root.
 * @param {{missing: string, hatch: string, hatches: Record<string, number>}} palette
 * @returns {Record<string, string>} By status: "url(#…)".
 */
export function addHatchPatterns(svg, palette) {
  let defs = svg.querySelector("defs");
  if (!defs) {
    defs = svgElement("defs", {});
    svg.insertBefore(defs, svg.firstChild);
  }
  const fills = {};
  for (const [status, angle] of Object.entries(palette.hatches ?? {})) {
    const id = `kd-${status}-${++patternCounter}`;
    // A vertical line on the tile's edge, rotated by the status's hatch angle (45 draws "/"), as in the exports.
    const pattern = svgElement("pattern", { id, patternUnits: "userSpaceOnUse", width: 6, height: 6, patternTransform: `rotate(${angle})` });
    pattern.appendChild(svgElement("rect", { width: 6, height: 6, fill: palette.missing }));
    pattern.appendChild(svgElement("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: palette.hatch, "stroke-width": 2 }));
    defs.appendChild(pattern);
    fills[status] = `url(#${id})`;
  }
  return fills;
}

/** The style of a municipality path: the entry's fill or its status's hatch, a dark outline when selected. */
export function municipalityStyle(entry, selected, palette, hatchFills) {
  const status = entry?.status ?? palette.outsideStatus;
  const outside = status === palette.outsideStatus;
  return {
    fillColor: hatchFills[status] ?? entry?.fill ?? palette.outside,
    fillOpacity: 1,
    color: selected ? palette.highlight : palette.border,
    weight: selected ? 3 : outside ? 0.4 : 0.6,
    opacity: 1,
  };
}

/** The outline under the pointer. */
export function hoverStyle(palette) {
  return { weight: 2, color: palette.highlight };
}

/** A county outline: shown only when a county is chosen, the chosen one stronger. */
export function countyStyle(code, chosenCounty, palette) {
  const chosen = chosenCounty !== null && code === chosenCounty;
  return {
    fill: false,
    color: palette.countyOutline,
    weight: chosen ? 1.6 : 0.8,
    opacity: !chosenCounty ? 0 : chosen ? 1 : 0.6,
    interactive: false,
  };
}

/**
 * The tooltip of a municipality: its name valid in the view's year (the model's, else the GeoJSON's), then the
 * county, value and rank texts the model wrote. A change view's entry has its own text (`tooltip`: both years, the
 * change and its rank, or why it is not comparable), shown under the indicator's name instead of value and rank.
 * @param {string} name The municipality's name.
 * @param {{value: string, rank: string|null, county: string, tooltip?: string}|undefined} entry
 * @param {string} label The indicator's name.
 */
export function tooltipContent(name, entry, label) {
  const box = document.createElement("div");
  box.className = entry?.tooltip ? "kd-tooltip kd-tooltip-change" : "kd-tooltip";
  const strong = document.createElement("strong");
  strong.textContent = name;
  box.appendChild(strong);
  if (!entry) {
    return box;
  }
  const lines = entry.tooltip
    ? [entry.county, label, entry.tooltip]
    : [entry.county, label ? `${label}: ${entry.value}` : entry.value, entry.rank];
  for (const text of lines) {
    if (text) {
      const line = document.createElement("div");
      line.textContent = text;
      box.appendChild(line);
    }
  }
  return box;
}
