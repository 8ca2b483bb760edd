// Copies Leaflet's dist/ from node_modules into wwwroot/lib/leaflet (git-ignored), so the app
// serves Leaflet itself: no CDN, no vendored copy in the repository.
import { cpSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(root, "wwwroot", "lib", "leaflet");
mkdirSync(target, { recursive: true });
cpSync(join(root, "node_modules", "leaflet", "dist"), target, { recursive: true });
console.log(`Copied Leaflet to ${target}`);
