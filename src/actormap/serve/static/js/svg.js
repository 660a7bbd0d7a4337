// Building SVG with the DOM API (text through textContent only).
const NS = "http://www.w3.org/2000/svg";

export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A link wrapping an SVG shape, with a tooltip. */
export function linked(href, title, shape) {
  return svg("a", { href }, svg("title", {}, title), shape);
}
