// Copies Leaflet's dist/ and the Source Sans 3 web fonts from node_modules into wwwroot/lib
// (git-ignored), so the app serves them itself: no CDN, no vendored copy in the repository.
import { cpSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(root, "wwwroot", "lib", "leaflet");
mkdirSync(target, { recursive: true });
cpSync(join(root, "node_modules", "leaflet", "dist"), target, { recursive: true });
const fonts = join(root, "wwwroot", "lib", "source-sans");
mkdirSync(fonts, { recursive: true });
for (const weight of ["Regular", "Semibold"]) {
  cpSync(join(root, "node_modules", "source-sans", "WOFF2", "TTF", `SourceSans3-${weight}.ttf.woff2`),
    join(fonts, `SourceSans3-${weight}.woff2`));
}
cpSync(join(root, "node_modules", "source-sans", "LICENSE.md"), join(fonts, "LICENSE.md"));
console.log(`Copied Leaflet and Source Sans 3 to ${join(root, "wwwroot", "lib")}`);
