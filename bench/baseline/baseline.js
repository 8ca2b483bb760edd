// The textbook Leaflet choropleth (Leaflet's own "Interactive Choropleth Map" tutorial): fetch the
// detailed GeoJSON as it is published, add it with L.geoJSON and a style function. It is the yardstick
// the benchmark divides Kommunedigital's figures by, so it does nothing clever on purpose.
// No tile layer: Kommunedigital draws none by default either.
"use strict";

// Seven sequential classes (ColorBrewer Blues), the same count as a typical Kommunedigital legend.
const colours = ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"];

// The published file carries no scores, so each municipality gets a fixed value derived from its
// number. What is measured is fetching, parsing and drawing; the values only need to vary.
function valueOf(feature) {
  const code = String(feature.properties.kommunenummer);
  let hash = 0;
  for (const ch of code) {
    hash = (hash * 31 + ch.charCodeAt(0)) % 1000;
  }
  return hash / 10;
}

function style(feature) {
  const index = Math.min(colours.length - 1, Math.floor(valueOf(feature) / (100 / colours.length)));
  return { fillColor: colours[index], fillOpacity: 1, color: "#ffffff", weight: 0.5 };
}

const container = document.getElementById("map");
const map = L.map(container);
// Norway's extent, set before the data arrives (the tutorial's setView).
map.fitBounds([[57.9, 4.5], [71.2, 31.2]]);

fetch("data/kommuner-2024-detailed.geojson")
  .then((response) => response.json())
  .then((data) => {
    L.geoJSON(data, { style }).addTo(map);
    container.setAttribute("data-ready", "true");
  });
