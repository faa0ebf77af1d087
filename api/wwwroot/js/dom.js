// Small helpers to build elements without innerHTML, so document text is never read as markup.

/** el("a", { href: "#x", class: "c" }, "text", child) */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      node.addEventListener(name.slice(2), value);
    } else if (name === "dataset") {
      Object.assign(node.dataset, value);
    } else {
      node.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/**
 * The text with the given [start, end) ranges wrapped in <mark>; ranges may overlap or come
 * unsorted, and are clipped to the text.
 */
export function highlighted(text, ranges) {
  const fragment = document.createDocumentFragment();
  const clean = (ranges ?? [])
    .filter((r) => r && Number.isInteger(r.start) && Number.isInteger(r.end))
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  let at = 0;
  for (const r of clean) {
    if (r.end <= at) continue;
    const start = Math.max(r.start, at);
    if (start > at) fragment.append(text.slice(at, start));
    fragment.append(el("mark", {}, text.slice(start, r.end)));
    at = r.end;
  }
  if (at < text.length) fragment.append(text.slice(at));
  return fragment;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

/** Replaces a node's children; null, undefined and false children are left out. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}
