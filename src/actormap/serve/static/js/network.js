// The network page: /api/graph drawn with sigma.js (WebGL) over a graphology graph, laid out by ForceAtlas2.
// Node colour = actor type, size = degree; edge colour = relation type, width = documents backing it.
// Click a node for its profile, an edge for the sentences behind it (each linking into its document).
import { api, el, paintSwatches, plural } from "./common.js";

const { MultiGraph } = window.graphology;
const library = window.graphologyLibrary;
const Sigma = window.Sigma;

const container = document.getElementById("graph");
const panel = document.getElementById("panel");
const status = document.getElementById("graph-status");
const form = document.getElementById("filters");

// Layout: small graphs are laid out before the first render; the rest of the work (all of it for a large
// graph, which starts from its communities packed in circles) runs in a worker after it, so the network
// is drawn and clickable at once and settles while the analyst looks.
const SYNC_BUDGET = 100_000; // nodes x ForceAtlas2 iterations done before the first render
const LARGE = 2_000; // from this many nodes, no iteration before the first render
const TOTAL_ITERATIONS = (n) => (n <= 300 ? 600 : n <= 2000 ? 300 : 200);
const SLICE = (n) => Math.max(1, Math.floor(50_000 / Math.max(n, 1)));

let renderer = null;
let graph = null;
let legend = { entity_types: {}, relation_types: {} };
let selected = null;
let hovered = null;
let layoutWorker = null;

function mulberry32(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function query() {
  const params = new URLSearchParams();
  const data = new FormData(form);
  const all = (name) => form.querySelectorAll(`input[name="${name}"]`).length;
  for (const name of ["relation_type", "entity_type"]) {
    const chosen = data.getAll(name);
    if (chosen.length !== all(name)) {
      if (!chosen.length) params.append(name, "__none__");
      chosen.forEach((value) => params.append(name, value));
    }
  }
  for (const name of ["min_sources", "date_from", "date_to"]) {
    const value = data.get(name);
    if (value && !(name === "min_sources" && value === "1")) params.set(name, value);
  }
  if (data.get("isolated")) params.set("isolated", "true");
  return params;
}

function buildGraph(body) {
  const g = new MultiGraph();
  const maxDegree = body.nodes.reduce((most, n) => Math.max(most, n.degree), 1);
  const [base, scale] = body.nodes.length > 1000 ? [1.5, 6] : [3, 9]; // a large network needs smaller dots
  for (const node of body.nodes) {
    g.addNode(node.id, {
      label: node.name, kind: node.type, degree: node.degree, documents: node.documents,
      size: base + scale * Math.sqrt(node.degree / maxDegree),
      color: legend.entity_types[node.type] || "#888",
    });
  }
  for (const edge of body.edges) {
    if (!g.hasNode(edge.source) || !g.hasNode(edge.target)) continue;
    g.addEdgeWithKey(edge.id, edge.source, edge.target, {
      kind: edge.type, relationLabel: edge.label, documents: edge.documents,
      size: Math.min((body.edges.length > 5000 ? 0.5 : 2) + 2 * Math.log2(edge.documents), 10),
      color: legend.relation_types[edge.type] || "#999",
    });
  }
  return g;
}

function layOut(g) {
  const n = g.order;
  const random = mulberry32(42);
  g.forEachNode((node) => { g.mergeNodeAttributes(node, { x: random() * 1000, y: random() * 1000 }); });
  if (n < 2 || !library) return null;
  const settings = {
    ...library.layoutForceAtlas2.inferSettings(g), barnesHutOptimize: n > 500,
    // Strong gravity keeps a corpus's many small components together instead of scattered to the edges;
    // a large network keeps the inferred gravity, or its clusters would be squeezed into one ball.
    ...(n < LARGE ? { strongGravityMode: true, gravity: 1 } : {}),
  };
  const total = TOTAL_ITERATIONS(n);
  if (n >= LARGE) {
    library.communitiesLouvain.assign(g, { rng: mulberry32(7) });
    library.layout.circlepack.assign(g, { hierarchyAttributes: ["community"], rng: mulberry32(9) });
    return { left: total, settings };
  }
  const now = Math.min(total, Math.floor(SYNC_BUDGET / n));
  library.layoutForceAtlas2.assign(g, { iterations: now, settings });
  return total > now ? { left: total - now, settings } : null;
}

function continueLayout(g, plan) {
  if (!plan) return;
  const keys = g.nodes();
  const worker = new Worker("/static/js/layout-worker.js");
  layoutWorker = worker;
  worker.onmessage = ({ data }) => {
    if (worker !== layoutWorker || graph !== g) return;
    let i = 0;
    g.updateEachNodeAttributes((_, a) => ({ ...a, x: data.positions[i++], y: data.positions[i++] }), { attributes: ["x", "y"] });
    if (data.left <= 0) {
      worker.terminate();
      status.textContent = status.textContent.replace(" (settling)", "");
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    status.textContent = status.textContent.replace(" (settling)", " (layout stopped)");
  };
  worker.postMessage({
    nodes: keys.map((k) => { const a = g.getNodeAttributes(k); return [k, a.x, a.y, a.size]; }),
    edges: g.mapEdges((_, __, source, target) => [source, target]),
    iterations: plan.left, slice: SLICE(g.order), settings: plan.settings,
  });
}

function neighbours(node) {
  return new Set(graph.neighbors(node)).add(node);
}

function reducers() {
  const focus = hovered || selected;
  if (!focus || !graph.hasNode(focus)) {
    renderer.setSetting("nodeReducer", null);
    renderer.setSetting("edgeReducer", null);
    return;
  }
  const near = neighbours(focus);
  renderer.setSetting("nodeReducer", (node, data) =>
    near.has(node) ? { ...data, highlighted: node === focus, zIndex: 1 } : { ...data, color: "#ddd", label: "", zIndex: 0 });
  renderer.setSetting("edgeReducer", (edge, data) =>
    graph.hasExtremity(edge, focus) ? data : { ...data, hidden: true });
}

/** Replace the side panel's content (null children, for absent parts, are left out). */
function fill(...children) {
  panel.replaceChildren(...children.filter(Boolean));
  paintSwatches(panel);
}

function evidenceList(items) {
  return el("ul", { class: "evidence-list" }, items.map((ev) => el("li", { class: "evidence" },
    el("a", { class: "snippet", href: ev.url }, `“${ev.snippet}”`),
    el("span", { class: "cite" }, ` — ${[ev.title, ev.publisher, ev.published].filter(Boolean).join(", ")}`))));
}

async function showNode(node) {
  panel.replaceChildren(el("p", { class: "hint" }, "loading…"));
  try {
    const body = await api(`/api/entities/${encodeURIComponent(node)}`);
    const e = body.entity;
    const relations = Object.entries(body.relations).flatMap(([type, links]) => links.map((link) => ({ type, ...link })));
    relations.sort((a, b) => b.documents - a.documents);
    fill(
      el("h2", { class: "panel-title" }, el("span", { class: "type-dot", dataset: { color: legend.entity_types[e.type] || "#888" } }), e.name),
      el("p", { class: "meta" }, `${e.type} · ${plural(e.documents, "document")} · ${plural(e.degree, "relation")}`),
      e.aliases.length ? el("p", {}, el("strong", {}, "Also written: "), e.aliases.join("; ")) : null,
      e.descriptors.length ? el("p", {}, el("strong", {}, "Described as: "), e.descriptors.join("; ")) : null,
      el("p", {}, el("a", { href: e.url, class: "button", "data-testid": "open-profile" }, "Open the full profile")),
      el("h3", {}, "Relations"),
      relations.length ? el("ul", { class: "links" }, relations.slice(0, 15).map((link) => el("li", { class: "link" },
        el("p", { class: "link-head" },
          el("span", { class: "swatch edge", dataset: { color: legend.relation_types[link.type] || "#999" } }),
          `${link.type.replace("_", " ")} ${link.outgoing ? "→" : "←"} `,
          el("a", { href: `/entities/${encodeURIComponent(link.counterpart)}` }, link.counterpart_name),
          el("span", { class: "backing" }, ` ${plural(link.documents, "document")}`)),
        evidenceList(link.evidence.slice(0, 2))))) : el("p", { class: "none" }, "none"),
      body.claims.length ? el("p", {}, el("a", { href: `/claims?subject=${encodeURIComponent(e.id)}` }, `${plural(body.claims.length, "claim")} about ${e.name}`)) : null,
    );
  } catch (error) {
    panel.replaceChildren(el("p", { class: "error-message" }, error.message));
  }
}

async function showEdge(edge) {
  panel.replaceChildren(el("p", { class: "hint" }, "loading…"));
  try {
    const r = (await api(`/api/edges/${encodeURIComponent(edge)}`)).relation;
    fill(
      el("h2", { class: "panel-title" },
        el("a", { href: `/entities/${encodeURIComponent(r.source)}` }, r.source_name), ` ${r.type.replace("_", " ")} `,
        el("a", { href: `/entities/${encodeURIComponent(r.target)}` }, r.target_name)),
      el("p", { class: "meta" }, `${r.label ? `${r.label} · ` : ""}${plural(r.documents, "document")}, ${plural(r.publishers, "publisher")}`),
      r.attributed_to.length ? el("p", {}, `according to ${r.attributed_to.map((a) => a.name).join(", ")}`) : null,
      el("h3", {}, "Evidence"),
      el("div", { "data-testid": "edge-evidence" }, evidenceList(r.evidence)),
    );
  } catch (error) {
    panel.replaceChildren(el("p", { class: "error-message" }, error.message));
  }
}

async function draw() {
  if (layoutWorker) layoutWorker.terminate();
  layoutWorker = null;
  status.textContent = "loading…";
  const started = performance.now();
  const body = await api(`/api/graph?${query()}`);
  performance.mark("graph-fetched");
  legend = body.legend;
  graph = buildGraph(body);
  performance.mark("graph-built");
  const plan = layOut(graph);
  performance.mark("graph-laid-out");
  if (renderer) renderer.kill();
  selected = hovered = null;
  renderer = new Sigma(graph, container, {
    enableEdgeClickEvents: true, enableEdgeHoverEvents: false, renderEdgeLabels: false,
    labelRenderedSizeThreshold: graph.order > 500 ? 10 : 4, labelDensity: 0.5, zIndex: true,
    defaultEdgeColor: "#bbb", labelFont: "system-ui, sans-serif",
  });
  // setSetting (in reducers) makes sigma redraw.
  renderer.on("clickNode", ({ node }) => { selected = node; reducers(); showNode(node); });
  renderer.on("clickEdge", ({ edge }) => { selected = null; reducers(); showEdge(edge); });
  renderer.on("clickStage", () => { selected = null; reducers(); });
  renderer.on("enterNode", ({ node }) => { hovered = node; container.classList.add("pointing"); reducers(); });
  renderer.on("leaveNode", () => { hovered = null; container.classList.remove("pointing"); reducers(); });
  status.textContent = `${plural(graph.order, "actor")}, ${plural(graph.size, "relation")} shown${plan ? " (settling)" : ""}`;
  requestAnimationFrame(() => {
    const ms = performance.now() - started;
    performance.mark("graph-interactive");
    document.body.dataset.graphReady = "true";
    document.body.dataset.graphMs = String(Math.round(ms));
    continueLayout(graph, plan);
  });
}

// Tests and the benchmark read the renderer and graph from here (they click by graph coordinates).
window.actormapBoard = {
  get renderer() { return renderer; },
  get graph() { return graph; },
  viewportPosition(node) {
    const a = graph.getNodeAttributes(node);
    return renderer.graphToViewport({ x: a.x, y: a.y });
  },
};

form.addEventListener("change", () => { document.body.dataset.graphReady = "false"; draw().catch(failed); });
form.addEventListener("submit", (event) => event.preventDefault());

function failed(error) {
  status.textContent = `the network could not be drawn: ${error.message}`;
}

draw().catch(failed);
