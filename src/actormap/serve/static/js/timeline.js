// The timeline page: documents (top lane) and claims (bottom lane) placed by date, each a link.
import { api, el } from "./common.js";
import { linked, svg } from "./svg.js";

const WIDTH = 1000;
const HEIGHT = 170;
const PAD = 40;

function day(text) {
  const [y, m = "01", d = "01"] = text.split("-");
  return Date.UTC(+y, +m - 1, +d);
}

function draw(body) {
  const box = document.getElementById("timeline");
  const dates = [...body.documents.map((d) => day(d.date)), ...body.claims.map((c) => day(c.date))];
  if (!dates.length) {
    box.replaceChildren(el("p", { class: "none" }, "No document carries a publication date yet."));
    return;
  }
  let [low, high] = [Math.min(...dates), Math.max(...dates)];
  if (high - low < 86_400_000 * 30) { low -= 86_400_000 * 15; high += 86_400_000 * 15; }
  const x = (t) => PAD + ((t - low) / (high - low)) * (WIDTH - 2 * PAD);
  const lane = (items, y, cls, label, title, href) => {
    const seen = new Map();
    return [svg("text", { x: 4, y: y - 14 }, label), ...items.map((item) => {
      const cx = Math.round(x(day(item.date)));
      const stack = (seen.get(cx) || 0) + 1;
      seen.set(cx, stack);
      return linked(href(item), title(item), svg("circle", { class: cls, cx, cy: y + (stack - 1) * 9, r: 4 }));
    })];
  };
  const ticks = [];
  const start = new Date(low);
  for (let year = start.getUTCFullYear(), month = start.getUTCMonth(); Date.UTC(year, month, 1) <= high; month += 1) {
    const t = Date.UTC(year, month, 1);
    if (t >= low) {
      ticks.push(svg("line", { class: "axis", x1: x(t), x2: x(t), y1: 140, y2: 146 }));
      if (month % 12 === 0 || high - low < 86_400_000 * 400) ticks.push(svg("text", { x: x(t) - 14, y: 160 }, new Date(t).toISOString().slice(0, 7)));
    }
  }
  box.replaceChildren(svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": "Timeline of documents and claims" },
    svg("line", { class: "axis", x1: PAD, x2: WIDTH - PAD, y1: 140, y2: 140 }),
    ...ticks,
    ...lane(body.documents, 40, "doc", "documents", (d) => `${d.date} ${d.title}`, (d) => d.url),
    ...lane(body.claims, 100, "claim-dot", "claims", (c) => `${c.date} ${c.subject_name}: ${c.qualifier} ${c.value} ${c.unit}`, (c) => c.evidence.url),
  ));
}

api("/api/timeline").then(draw).catch((error) => {
  document.getElementById("timeline").replaceChildren(el("p", { class: "error-message" }, error.message));
});
