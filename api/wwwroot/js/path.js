// The path view: how two entities are connected (/api/graph/path). Each end is an id or a name
// (looked up with /api/entities, exact names and aliases first; the box suggests names as you
// type). The path is drawn left to right with every relation named, and listed step by step
// with the sentences that state each relation.
import { ApiError, getJson, showError } from "./api.js";
import { clear, el, fill } from "./dom.js";
import { fillSteps } from "./ask.js";
import { drawGraph } from "./minigraph.js";
import { pathHref } from "./routes.js";

const $ = (id) => document.getElementById(id);
let latest = 0;
let suggesting = 0;

export function initPath(navigate) {
  $("path-form").addEventListener("submit", (event) => {
    event.preventDefault();
    navigate(pathHref({ from: $("path-from").value.trim(), to: $("path-to").value.trim(), maxDepth: $("path-depth").value }));
  });
  for (const input of [$("path-from"), $("path-to")]) {
    input.addEventListener("input", () => suggest(input.value.trim()));
  }
}

/** Shows the path of the route (#path?from=…&to=…&maxDepth=…). */
export async function showPath(params) {
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  const depth = ["2", "3", "4", "5"].includes(params.get("maxDepth")) ? params.get("maxDepth") : "4";
  $("path-from").value = from;
  $("path-to").value = to;
  $("path-depth").value = depth;
  showError($("path-error"), null);
  clear($("path-steps"));
  $("path-canvas").hidden = true;
  $("path-summary").textContent = from && to ? "查找中…" : "输入两个实体的名称（或 id），查看它们之间的关系链。";
  if (!from || !to) return;
  const ticket = ++latest;
  try {
    const [start, end] = await Promise.all([resolve(from), resolve(to)]);
    if (ticket !== latest) return;
    const path = await getJson("/api/graph/path", { from: start.id, to: end.id, maxDepth: depth });
    if (ticket !== latest) return;
    $("path-from").value = start.name;
    $("path-to").value = end.name;
    if (!path.found) {
      $("path-summary").textContent = `${start.name}与${end.name}之间没有${depth}层以内的关系。`;
      return;
    }
    $("path-summary").textContent =
      `${start.name}与${end.name}之间相隔${path.edges.length}层关系：${path.nodes.map((n) => n.name).join(" — ")}`;
    fillSteps($("path-steps"), path);
    const canvas = $("path-canvas");
    canvas.hidden = false;
    clear(canvas);
    await drawGraph(canvas, path.nodes, path.edges, { chain: true });
  } catch (error) {
    if (ticket !== latest) return;
    $("path-summary").textContent = "";
    showError($("path-error"), error);
  }
}

// An id as it is; a name to the entity it names: an exact name or alias first, else the first match.
async function resolve(text) {
  if (/^[a-z]+:/.test(text)) {
    const entity = await getJson(`/api/entities/${encodeURIComponent(text)}`, { evidence: 1 });
    return { id: entity.id, name: entity.name };
  }
  const found = await getJson("/api/entities", { q: text, limit: 10 });
  const items = found.items ?? [];
  const exact = items.find((e) => e.name === text || (e.aliases ?? []).includes(text));
  const entity = exact ?? items.find((e) => e.type !== "Document");
  if (!entity) {
    throw new ApiError(`图谱中没有名为“${text}”的实体。`, 404);
  }
  return { id: entity.id, name: entity.name };
}

async function suggest(text) {
  const ticket = ++suggesting;
  if (text.length < 1 || /^[a-z]+:/.test(text)) return;
  try {
    const found = await getJson("/api/entities", { q: text, limit: 8 });
    if (ticket !== suggesting) return;
    fill($("path-names"), (found.items ?? []).map((e) => el("option", { value: e.name })));
  } catch {
    // Suggestions are a help only; the search itself reports errors.
  }
}
