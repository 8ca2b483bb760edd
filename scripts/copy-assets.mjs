// Builds wwwroot/lib (git-ignored) from node_modules, so the app serves its front-end files itself: no CDN, no
// vendored copy in the repository. Run by `npm run copy-assets` (the Web project's build runs it when an output is
// missing or older than its inputs: styles/, the UI's sources, the map's scripts, app.css).
//   lib/leaflet/   Leaflet's dist/, copied.
//   lib/ssb/fonts/ SSB's fonts (Open Sans, Roboto, Roboto Condensed from @fontsource), each face subset to the
//                  characters the pages can show: one woff2 for Basic Latin/Latin-1 and one for Latin Extended
//                  (the Sámi letters), each declared with the unicode-range of exactly its characters, so a page
//                  fetches the second only when it shows such a letter.
//   lib/ssb/fonts.css  The @font-face rules of those fonts, minified: a sheet of its own, which the pages switch on
//                  after their first frame (App.razor, js/web-fonts.js), so the first frame draws with the fallback
//                  fonts instead of decoding five web fonts first.
//   lib/site.css   The pages' one global stylesheet: Leaflet's CSS, SSB's design system (styles/ssb.scss compiled
//                  with sass against @statisticsnorway/ssb-component-library) and wwwroot/css/app.css, in that order,
//                  minified (Blazor's scoped styles stay in the SDK's own sheet).
//   lib/map/       The map's scripts bundled and minified with esbuild: choropleth-map.js (the interactive page's
//                  module, from Components/Map/ChoroplethMap.razor.js and wwwroot/js/map/) and embed.js (the static
//                  embed's, from Components/Pages/Embed.razor.js), each one request; Leaflet stays its own file.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build, transform } from "esbuild";
import { compile } from "sass";
import subsetFont from "subset-font";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const modules = join(root, "node_modules");
const lib = join(root, "wwwroot", "lib");

const leaflet = join(lib, "leaflet");
mkdirSync(leaflet, { recursive: true });
cpSync(join(modules, "leaflet", "dist"), leaflet, { recursive: true });

// The page fonts: which SSB face serves what is in styles/ssb.scss (the library's mixins: Open Sans for running text,
// Roboto for controls and tables, Roboto Condensed bold for titles). The file names are the URLs fonts.css uses.
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

// One render-blocking stylesheet instead of three. Each part's relative url()s are rebased onto lib/, where the sheet
// is served; the cascade is the order the pages linked them in before.
const ssbCss = compile(join(root, "styles", "ssb.scss"), { style: "compressed", loadPaths: [modules] }).css;
const siteCss = [
  rebaseUrls(readFileSync(join(leaflet, "leaflet.css"), "utf8"), "leaflet/"),
  ssbCss,
  rebaseUrls(readFileSync(join(root, "wwwroot", "css", "app.css"), "utf8"), "../css/"),
].join("\n");
const site = await transform(siteCss, { loader: "css", minify: true, legalComments: "none" });
const fontCss = await transform(fontFaces, { loader: "css", minify: true, legalComments: "none" });
writeFileSync(join(ssb, "fonts.css"), "/* Built by scripts/copy-assets.mjs: @fontsource faces (OFL-1.1), subset. */\n" + fontCss.code);
writeFileSync(join(lib, "site.css"), "/* Built by scripts/copy-assets.mjs: Leaflet (BSD-2-Clause), SSB's design system " +
  "from styles/ssb.scss (Apache-2.0) and wwwroot/css/app.css. */\n" + site.code);
cpSync(join(modules, "@statisticsnorway", "ssb-component-library", "LICENSE"), join(ssb, "LICENSE.txt"));

// The map's modules import each other by URL (a collocated module under /Components/…, helpers under /js/map/,
// Leaflet under /lib/leaflet/), so imports resolve in the web root's URL space: src/Kommunedigital.Web for
// /Components/, wwwroot for the rest. Leaflet is left out of the bundle (external, imported at its own URL): bundled
// in, it saved no bytes (brotli: 44.6 kB either way), and on its own it stays cached across our deployments.
const web = join(root, "src", "Kommunedigital.Web");
const wwwroot = join(root, "wwwroot");
const mapOut = join(lib, "map");
rmSync(mapOut, { recursive: true, force: true });
await build({
  entryPoints: {
    "choropleth-map": join(web, "Components", "Map", "ChoroplethMap.razor.js"),
    "embed": join(web, "Components", "Pages", "Embed.razor.js"),
  },
  outdir: mapOut,
  bundle: true,
  format: "esm",
  minify: true,
  sourcemap: "linked",
  target: "es2022",
  logLevel: "warning",
  plugins: [{
    name: "web-root",
    setup(builder) {
      builder.onResolve({ filter: /^\.\.?\// }, args => {
        const url = new URL(args.path, `http://web${urlOfFile(args.importer)}`).pathname;
        return url.startsWith("/lib/leaflet/")
          ? { path: relativeUrl("/lib/map/", url), external: true }
          : { path: url.startsWith("/Components/") ? join(web, ...url.split("/")) : join(wwwroot, ...url.split("/")) };
      });
    },
  }],
});
console.log(`Built ${lib}: Leaflet, site.css, fonts.css, the map's two bundles and ${faces.length * 2} font files (${latin.length} + ${latinExt.length} characters)`);

// The URL path a source file is served at: /Components/… for the project's collocated modules, else wwwroot's.
function urlOfFile(file) {
  const base = file.startsWith(wwwroot + sep) ? wwwroot : web;
  return "/" + relative(base, file).split(sep).join("/");
}

// "/lib/map/", "/lib/leaflet/leaflet.js" → "../leaflet/leaflet.js"
function relativeUrl(fromFolder, url) {
  return relative(fromFolder, dirname(url)).split(sep).join("/").replace(/^(?!\.)/, "./").replace(/\/?$/, "/") + url.split("/").pop();
}

// url(images/a.png) → url(leaflet/images/a.png); absolute, data: and #fragment URLs are left alone.
function rebaseUrls(css, prefix) {
  return css.replace(/url\((["']?)(?![a-z][a-z0-9+.-]*:|\/|#)/gi, (_, quote) => `url(${quote}${prefix}`);
}

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
