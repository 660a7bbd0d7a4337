// Copy the browser packages' dist files from node_modules into static/vendor/ (run by `make assets`).
// The board loads only these files, from its own origin: no CDN, no bundler.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const target = join(here, "static", "vendor");

// [file under node_modules, name in static/vendor]
const FILES = [
  ["sigma/build/sigma.min.js", "sigma.min.js"],
  ["sigma/LICENSE.txt", "sigma.LICENSE.txt"],
  ["graphology/dist/graphology.umd.min.js", "graphology.umd.min.js"],
  ["graphology/LICENSE.txt", "graphology.LICENSE.txt"],
  ["graphology-library/dist/graphology-library.min.js", "graphology-library.min.js"],
  ["graphology-library/LICENSE.txt", "graphology-library.LICENSE.txt"],
  ["d3-array/dist/d3-array.min.js", "d3-array.min.js"],
  ["d3-array/LICENSE", "d3-array.LICENSE.txt"],
  ["d3-geo/dist/d3-geo.min.js", "d3-geo.min.js"],
  ["d3-geo/LICENSE", "d3-geo.LICENSE.txt"],
  ["topojson-client/dist/topojson-client.min.js", "topojson-client.min.js"],
  ["topojson-client/LICENSE", "topojson-client.LICENSE.txt"],
  ["world-atlas/countries-50m.json", "countries-50m.json"],
  ["world-atlas/LICENSE", "world-atlas.LICENSE.txt"],
];

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const [from, to] of FILES) {
  copyFileSync(join(root, "node_modules", from), join(target, to));
}
console.log(`copied ${FILES.length} files into ${target}`);
