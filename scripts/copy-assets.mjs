// Builds wwwroot/lib (git-ignored) from node_modules, so the app serves its front-end files itself: no CDN, no
// vendored copy in the repository. Run by `npm run copy-assets` (the Web project's build runs it when an output is
// missing; run it again after changing styles/ or the UI's characters).
//   lib/leaflet/   Leaflet's dist/, copied.
//   lib/ssb/ssb.css
//                  styles/ssb.scss compiled with sass against SSB's design system
//                  (@statisticsnorway/ssb-component-library), preceded by the @font-face rules below.
//   lib/ssb/fonts/ SSB's fonts (Open Sans, Roboto, Roboto Condensed from @fontsource), each face subset to the
//                  characters the pages can show: one woff2 for Basic Latin/Latin-1 and one for Latin Extended
//                  (the Sámi letters), each declared with the unicode-range of exactly its characters, so a page
//                  fetches the second only when it shows such a letter.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "sass";
import subsetFont from "subset-font";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const modules = join(root, "node_modules");
const lib = join(root, "wwwroot", "lib");

const leaflet = join(lib, "leaflet");
mkdirSync(leaflet, { recursive: true });
cpSync(join(modules, "leaflet", "dist"), leaflet, { recursive: true });

// The page fonts: which SSB face serves what is in styles/ssb.scss (the library's mixins: Open Sans for running text,
// Roboto for controls and tables, Roboto Condensed bold for titles). The file names are the URLs ssb.css and
// App.razor's preload use.
const faces = [
  { family: "Open Sans", package: "open-sans", weight: 400 },
  { family: "Open Sans", package: "open-sans", weight: 700 },
  { family: "Roboto", package: "roboto", weight: 400 },
  { family: "Roboto", package: "roboto", weight: 700 },
  { family: "Roboto Condensed", package: "roboto-condensed", weight: 700 },
];

// Fontsource's own split (its CSS's unicode-range for latin and latin-ext), reduced to the ranges that matter here.
const latinRanges = [[0x20, 0xff], [0x131, 0x131], [0x152, 0x153], [0x2000, 0x206f], [0x20ac, 0x20ac], [0x2122, 0x2122], [0x2212, 0x2212]];
const latinExtRanges = [[0x100, 0x24f]];
const inRanges = (ranges, c) => ranges.some(([from, to]) => c >= from && c <= to);

// Screens render these sizes without TrueType hinting (browsers ignore most of it), and only the OpenType features
// the pages use are kept: kerning, ligatures, marks, and tabular figures for the legend and the tables.
const subsetOptions = {
  targetFormat: "woff2",
  noHinting: true,
  keepFeatures: ["kern", "liga", "calt", "ccmp", "locl", "mark", "mkmk", "tnum", "lnum", "pnum"],
};

const ssb = join(lib, "ssb");
const fonts = join(ssb, "fonts");
rmSync(ssb, { recursive: true, force: true });
mkdirSync(fonts, { recursive: true });

const characters = pageCharacters();
const latin = characters.filter(c => inRanges(latinRanges, c));
const latinExt = characters.filter(c => inRanges(latinExtRanges, c));
let fontFaces = "";
for (const face of faces) {
  for (const [subset, codes] of [["latin", latin], ["latin-ext", latinExt]]) {
    const source = join(modules, "@fontsource", face.package, "files", `${face.package}-${subset}-${face.weight}-normal.woff2`);
    const file = `${face.package}-${face.weight}-${subset}.woff2`;
    const subsetBytes = await subsetFont(readFileSync(source), String.fromCodePoint(...codes), subsetOptions);
    writeFileSync(join(fonts, file), subsetBytes);
    fontFaces += `@font-face{font-family:"${face.family}";font-style:normal;font-weight:${face.weight};font-display:swap;` +
      `src:url("fonts/${file}") format("woff2");unicode-range:${unicodeRange(codes)}}\n`;
  }
  cpSync(join(modules, "@fontsource", face.package, "LICENSE"), join(fonts, `${face.package}-LICENSE.txt`));
}

const css = compile(join(root, "styles", "ssb.scss"), { style: "compressed", loadPaths: [modules] }).css;
writeFileSync(join(ssb, "ssb.css"), `/* Built by scripts/copy-assets.mjs from styles/ssb.scss (SSB's design system, Apache-2.0) and @fontsource (OFL-1.1). */\n${fontFaces}${css}\n`);
cpSync(join(modules, "@statisticsnorway", "ssb-component-library", "LICENSE"), join(ssb, "LICENSE.txt"));
console.log(`Built ${lib}: Leaflet, ssb.css and ${faces.length * 2} font files (${latin.length} + ${latinExt.length} characters)`);

// Every character the pages can show: printable ASCII, the letters of styles/font-characters.txt (the Norwegian and
// Sámi letters of the municipality and county names; the web tests check it against the boundary files), and every
// character in the app's sources (the UI's strings are there: razor, C#, resources, the map's scripts).
function pageCharacters() {
  const set = new Set();
  for (let c = 0x20; c <= 0x7e; c++) set.add(c);
  const add = text => { for (const ch of text) { const c = ch.codePointAt(0); if (c >= 0x20) set.add(c); } };
  add(readFileSync(join(root, "styles", "font-characters.txt"), "utf8").replace(/^#.*$/gm, "").replace(/\s/g, ""));
  const walk = dir => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === "bin" || name === "obj") continue;
      if (statSync(path).isDirectory()) walk(path);
      else if ([".razor", ".cs", ".resx", ".js"].includes(extname(name))) add(readFileSync(path, "utf8"));
    }
  };
  walk(join(root, "src"));
  walk(join(root, "wwwroot", "js"));
  return [...set].sort((a, b) => a - b);
}

// [0x41, 0x42, 0x43, 0x61] → "U+41-43,U+61"
function unicodeRange(codes) {
  const parts = [];
  for (let i = 0; i < codes.length; i++) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j] + 1) j++;
    const hex = c => c.toString(16).toUpperCase();
    parts.push(i === j ? `U+${hex(codes[i])}` : `U+${hex(codes[i])}-${hex(codes[j])}`);
    i = j;
  }
  return parts.join(",");
}
