// The map page: country shapes from world-atlas (served by this board), places from /api/places.
// Countries named in the documents are shaded; each place is a dot linking to its profile.
import { api, el } from "./common.js";
import { linked, svg } from "./svg.js";

const WIDTH = 960;
const HEIGHT = 520;

async function draw() {
  const box = document.getElementById("map");
  const [body, atlas] = await Promise.all([
    api("/api/places"),
    fetch(box.dataset.basemap, { credentials: "same-origin" }).then((r) => r.json()),
  ]);
  const countries = window.topojson.feature(atlas, atlas.objects.countries);
  const named = new Set(body.places.filter((p) => p.kind === "country" && p.iso_numeric).map((p) => String(p.iso_numeric).padStart(3, "0")));
  const byId = new Map(countries.features.map((f) => [String(f.id), f]));
  const spots = body.places.map((p) => {
    const shape = p.kind === "country" ? byId.get(String(p.iso_numeric).padStart(3, "0")) : null;
    const [lon, lat] = shape ? window.d3.geoCentroid(shape) : [p.lon, p.lat];
    return { ...p, lon, lat };
  });
  const projection = window.d3.geoNaturalEarth1();
  if (spots.length) {
    const points = { type: "MultiPoint", coordinates: spots.map((p) => [p.lon, p.lat]) };
    projection.fitExtent([[80, 60], [WIDTH - 80, HEIGHT - 60]], points);
    if (projection.scale() > 3000) projection.scale(3000);
    if (spots.length === 1) projection.scale(1200).center([spots[0].lon, spots[0].lat]).translate([WIDTH / 2, HEIGHT / 2]);
  } else {
    projection.fitSize([WIDTH, HEIGHT], { type: "Sphere" });
  }
  const path = window.d3.geoPath(projection);
  const land = countries.features.map((f) => svg("path", { class: named.has(String(f.id)) ? "land named" : "land", d: path(f) },
    svg("title", {}, f.properties.name)));
  const dots = spots.map((p) => {
    const [cx, cy] = projection([p.lon, p.lat]);
    const r = 3 + Math.min(8, Math.sqrt(p.documents + p.degree) * 1.5);
    return svg("g", {}, linked(p.url, `${p.name} (${p.kind}, ${p.documents} documents)`, svg("circle", { class: "place", cx, cy, r })),
      svg("text", { class: "place-label", x: cx + r + 2, y: cy + 4 }, p.name));
  });
  box.replaceChildren(svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": "Map of places" },
    svg("path", { class: "sphere", d: path({ type: "Sphere" }) }), ...land, ...dots));
}

draw().catch((error) => {
  document.getElementById("map").replaceChildren(el("p", { class: "error-message" }, error.message));
});
