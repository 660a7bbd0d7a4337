// Shared by every page: the JSON API helper, safe DOM building, colour swatches, search suggestions, dropping files.
// Document text and names only ever reach the page through textContent and attributes, never as HTML.

/** GET or POST an /api path; resolves to the JSON body, rejects with the error shape's message. */
export async function api(path, options = {}) {
  const response = await fetch(path, { credentials: "same-origin", headers: { Accept: "application/json" }, ...options });
  let body = null;
  try { body = await response.json(); } catch (_) { /* not JSON */ }
  if (!response.ok || !body || body.ok === false) {
    const message = body && body.message ? body.message : `${response.status} ${response.statusText}`;
    throw new Error(message);
  }
  return body;
}

/** An element with attributes and children; strings become text nodes (never parsed as HTML). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const COLOUR = /^#[0-9a-fA-F]{3,8}$/;

/** Paint every [data-color] swatch (CSP forbids inline style attributes; setting a style property is fine). */
export function paintSwatches(root = document) {
  for (const node of root.querySelectorAll("[data-color]")) {
    if (COLOUR.test(node.dataset.color)) node.style.backgroundColor = node.dataset.color;
  }
}

export function plural(n, word) {
  return `${n.toLocaleString()} ${word}${n === 1 ? "" : "s"}`;
}

function debounce(fn, ms) {
  let timer = null;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

function suggestions() {
  const box = document.getElementById("search-box");
  const list = document.getElementById("search-suggestions");
  if (!box || !list) return;
  const update = debounce(async () => {
    const q = box.value.trim();
    if (q.length < 2) { list.replaceChildren(); return; }
    try {
      const body = await api(`/api/entities?${new URLSearchParams({ q, limit: "8" })}`);
      list.replaceChildren(...body.entities.map((e) => el("option", { value: e.name }, `${e.type}${e.matched !== e.name ? ` · ${e.matched}` : ""}`)));
    } catch (_) { list.replaceChildren(); }
  }, 150);
  box.addEventListener("input", update);
}

/** Upload FILES to /api/documents and report the job's progress through REPORT(text, done). */
export async function upload(files, report) {
  const form = new FormData();
  for (const file of files) form.append("files", file, file.name);
  report(`uploading ${plural(files.length, "file")}…`, false);
  const started = await api("/api/documents", { method: "POST", body: form });
  let job = started.job;
  while (!["done", "failed"].includes(job.state)) {
    report(`${job.state}: ${job.done} of ${job.total} files`, false, job);
    await new Promise((resolve) => setTimeout(resolve, 500));
    job = (await api(`/api/jobs/${encodeURIComponent(job.id)}`)).job;
  }
  report(job.state === "done" ? `done: ${job.message}` : `failed: ${job.message}`, true, job);
  return job;
}

function dropping() {
  const overlay = document.getElementById("drop-overlay");
  const status = document.getElementById("upload-status");
  if (!overlay || document.body.dataset.readOnly === "true") return;
  let depth = 0;
  const hasFiles = (event) => event.dataTransfer && Array.from(event.dataTransfer.types || []).includes("Files");
  window.addEventListener("dragenter", (event) => { if (hasFiles(event)) { depth += 1; overlay.hidden = false; } });
  window.addEventListener("dragleave", () => { depth = Math.max(0, depth - 1); if (!depth) overlay.hidden = true; });
  window.addEventListener("dragover", (event) => { if (hasFiles(event)) event.preventDefault(); });
  window.addEventListener("drop", async (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const files = Array.from(event.dataTransfer.files);
    if (!files.length) return;
    status.hidden = false;
    try {
      const job = await upload(files, (text) => { status.textContent = text; });
      if (job.state === "done") {
        status.replaceChildren(el("span", {}, `${job.message}. `), el("a", { href: window.location.pathname + window.location.search }, "Reload to see them"));
      }
    } catch (error) {
      status.textContent = `upload failed: ${error.message}`;
    }
  });
}

function uploadForm() {
  const form = document.getElementById("upload-form");
  const log = document.getElementById("upload-log");
  if (!form || !log) return;
  const send = async (files) => {
    if (!files.length) return;
    const line = el("li", { class: "running" }, "");
    log.prepend(line);
    try {
      const job = await upload(files, (text, done, state) => {
        line.textContent = text;
        if (done && state) {
          line.className = state.state;
          line.append(el("ul", {}, state.files.map((f) => el("li", {}, `${f.name}: ${f.outcome || "?"}${f.problem ? ` (${f.problem})` : ""}`))));
          line.append(el("a", { href: "/" }, "Open the network"));
        }
      });
      form.reset();
      return job;
    } catch (error) {
      line.className = "failed";
      line.textContent = `upload failed: ${error.message}`;
    }
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send(Array.from(document.getElementById("upload-files").files));
  });
  form.addEventListener("dragover", (event) => { event.preventDefault(); form.classList.add("over"); });
  form.addEventListener("dragleave", () => form.classList.remove("over"));
  form.addEventListener("drop", (event) => {
    event.preventDefault();
    event.stopPropagation();
    form.classList.remove("over");
    send(Array.from(event.dataTransfer.files));
  });
}

paintSwatches();
suggestions();
if (document.getElementById("upload-form")) uploadForm(); else dropping();
