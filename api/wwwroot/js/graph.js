// The graph view: an entity's neighbourhood drawn with cytoscape (bundled under lib/), laid out
// to stay readable up to a few hundred nodes (layout.js). A tap on a node shows its evidence and
// expands it; a tap on an edge shows the edge's evidence; hovering a node lights up its relations
// and their names (shown for all once zoomed in). Relation and type filters hide what is loaded;
// depth and the node limit reload from the root.
import { getJson, segment, showError } from "./api.js";
import { clear, el, fill } from "./dom.js";
import { evidenceList } from "./evidence.js";
import { graphStyle, hoverHighlights } from "./graph-style.js";
import { relationLabel, relationName, typeColor, typeName } from "./labels.js";
import { labelOverlaps, layoutNeighbourhood, separateLabels, sizeByDegree } from "./layout.js";
import { graphHref, pathHref } from "./routes.js";

const $ = (id) => document.getElementById(id);
const fonts = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

const state = {
  cy: null,
  rootId: "",
  depth: 1,
  limit: 50,
  expanded: new Set(),
  hiddenRelations: new Set(),
  hiddenTypes: new Set(),
  truncated: false,
  // Each load gets a number; an answer that comes back after a newer load started is dropped.
  loading: 0,
  // Likewise for the evidence panel: only the latest node or edge clicked is shown.
  panel: 0,
};

/** For tests and the curious: the cytoscape instance and the root shown. */
window.kgExplorer = {
  get cy() { return state.cy; },
  get rootId() { return state.rootId; },
  /** Pairs of nodes whose label boxes overlap in the graph shown. */
  labelOverlaps: () => (state.cy ? labelOverlaps(state.cy) : 0),
};

const limits = [50, 100, 200];

export function initGraph(navigate) {
  const reload = () => navigate(graphHref(state.rootId, { depth: $("graph-depth").value, limit: $("graph-limit").value }));
  $("graph-depth").addEventListener("change", reload);
  $("graph-limit").addEventListener("change", reload);
  $("graph-fit").addEventListener("click", () => state.cy && fitView(state.cy));
  $("graph-reset").addEventListener("click", () => load(state.rootId, state.depth, state.limit));
  $("graph-path").addEventListener("click", () => navigate(pathHref({ from: state.rootId })));
}

function createGraph() {
  if (typeof window.cytoscape !== "function") {
    throw new Error("关系图库 cytoscape 没有载入（lib/cytoscape/cytoscape.min.js）。");
  }
  const cy = window.cytoscape({
    container: $("graph-canvas"),
    wheelSensitivity: 0.3,
    minZoom: 0.1,
    maxZoom: 3,
    style: graphStyle(),
  });
  hoverHighlights(cy);
  cy.on("tap", "node", (event) => onNode(event.target));
  cy.on("tap", "edge", (event) => onEdge(event.target));
  return cy;
}

/** Shows the neighbourhood of `id` at `depth` (route #graph/{id}?depth=). */
export async function showGraph(id, params) {
  const depth = clampDepth(params.get("depth"));
  const limit = limits.includes(Number(params.get("limit"))) ? Number(params.get("limit")) : limits[0];
  $("graph-depth").value = String(depth);
  $("graph-limit").value = String(limit);
  if (!id) {
    $("graph-root-name").textContent = "";
    $("graph-status").textContent = "先在检索里选一个实体。";
    return;
  }
  if (id === state.rootId && depth === state.depth && limit === state.limit && state.cy?.nodes().length) {
    state.cy.resize();
    return;
  }
  await load(id, depth, limit);
}

function clampDepth(value) {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 3 ? n : 1;
}

async function load(id, depth, limit) {
  showError($("graph-error"), null);
  $("graph-status").textContent = "载入中…";
  state.rootId = id;
  state.depth = depth;
  state.limit = limit;
  state.expanded = new Set([id]);
  const ticket = ++state.loading;
  try {
    state.cy ??= createGraph();
    state.cy.elements().remove();
    const body = await getJson(`/api/entities/${segment(id)}/neighbors`, { depth, limit });
    if (ticket !== state.loading) return;
    state.truncated = Boolean(body.truncated);
    add(body);
    const root = state.cy.getElementById(id);
    root.addClass("root expanded");
    $("graph-root-name").textContent = root.nonempty() ? `· ${root.data("name")}` : "";
    buildFilters();
    await relayout();
    if (ticket !== state.loading) return;
    if (root.nonempty()) {
      await showNodeEvidence(root);
    }
  } catch (error) {
    if (ticket !== state.loading) return;
    showError($("graph-error"), error);
    $("graph-status").textContent = "";
  }
}

/** Adds the nodes and edges of a neighbors body that are not shown yet. */
function add(body) {
  const cy = state.cy;
  const added = [];
  for (const node of body.nodes ?? []) {
    if (cy.getElementById(node.id).nonempty()) continue;
    added.push({ group: "nodes", data: { id: node.id, name: node.name, type: node.type, color: typeColor(node.type) } });
  }
  cy.add(added);
  const edges = [];
  for (const edge of body.edges ?? []) {
    if (cy.getElementById(edge.id).nonempty()) continue;
    if (cy.getElementById(edge.from).empty() || cy.getElementById(edge.to).empty()) continue;
    edges.push({
      group: "edges",
      data: {
        id: edge.id, source: edge.from, target: edge.to, type: edge.type,
        label: relationName(edge.type), evidence: edge.evidence ?? [], properties: edge.properties ?? {},
      },
    });
  }
  cy.add(edges);
}

/** Lays the whole graph out again (layout.js), in a canvas tall enough for what is shown. */
async function relayout() {
  const cy = state.cy;
  applyFilters();
  const shown = cy.nodes(":visible").length;
  $("graph-canvas").style.height = `${shown > 120 ? 1150 : shown > 60 ? 760 : 560}px`;
  document.querySelector(".graph-layout").classList.toggle("wide", shown > 60);
  cy.resize();
  await layoutNeighbourhood(cy, state.rootId);
  fitView(cy);
}

/** Fits what is shown, but no closer than 1:1, beyond which relation names appear (they show on hover, or zoomed in). */
export function fitView(cy) {
  cy.fit(cy.nodes(":visible"), 24);
  if (cy.zoom() > 1) {
    cy.zoom(1);
    cy.center(cy.nodes(":visible"));
  }
}

/** After an expansion: the new nodes start around the node expanded, the rest stay, then labels are kept apart. */
function placeAround(node, added) {
  const cy = state.cy;
  const { x, y } = node.position();
  added.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, added.length);
    n.position({ x: x + 90 * Math.cos(angle), y: y + 90 * Math.sin(angle) });
  });
  sizeByDegree(cy, state.rootId);
  applyFilters();
  separateLabels(cy.nodes(":visible"), state.rootId);
}

function buildFilters() {
  const cy = state.cy;
  const relations = [...new Set(cy.edges().map((e) => e.data("type")))].sort();
  const types = [...new Set(cy.nodes().map((n) => n.data("type")))].sort();
  fillFieldset($("relation-filter"), "关系", relations, state.hiddenRelations, (r) => relationLabel(r), null);
  fillFieldset($("type-filter"), "类型", types, state.hiddenTypes, (t) => typeName(t), typeColor);
}

function fillFieldset(fieldset, legend, values, hidden, label, color) {
  clear(fieldset).append(el("legend", {}, legend));
  for (const value of values) {
    const box = el("input", {
      type: "checkbox",
      checked: !hidden.has(value),
      value,
      onchange: (event) => {
        if (event.target.checked) hidden.delete(value);
        else hidden.add(value);
        applyFilters();
      },
    });
    fieldset.append(el("label", { class: "check" },
      box,
      color ? el("span", { class: "swatch", style: `background:${color(value)}`, "aria-hidden": "true" }) : null,
      label(value)));
  }
}

function applyFilters() {
  const cy = state.cy;
  cy.batch(() => {
    cy.nodes().forEach((n) => n.toggleClass("filtered", state.hiddenTypes.has(n.data("type")) && n.id() !== state.rootId));
    cy.edges().forEach((e) => e.toggleClass("filtered",
      state.hiddenRelations.has(e.data("type")) || e.source().hasClass("filtered") || e.target().hasClass("filtered")));
  });
  const nodes = cy.nodes(":visible").length;
  const edges = cy.edges(":visible").length;
  $("graph-status").textContent = `${nodes} 个节点，${edges} 条关系${state.truncated ? "（结果已截断）" : ""}`;
  renderLists();
}

/** The same nodes and relations as lists of buttons, for keyboards and screen readers. */
function renderLists() {
  const nodes = clear($("node-list"));
  state.cy.nodes(":visible").forEach((node) => {
    nodes.append(el("li", {},
      el("button", { type: "button", class: "link", onclick: () => { state.cy.elements().unselect(); node.select(); onNode(node); } },
        `${node.data("name")}（${typeName(node.data("type"))}）`)));
  });
  const list = clear($("edge-list"));
  state.cy.edges(":visible").forEach((edge) => {
    list.append(el("li", {},
      el("button", { type: "button", class: "link", onclick: () => { state.cy.elements().unselect(); edge.select(); onEdge(edge); } },
        `${edge.source().data("name")} —${relationName(edge.data("type"))}→ ${edge.target().data("name")}`)));
  });
}

async function onNode(node) {
  showError($("graph-error"), null);
  const showing = showNodeEvidence(node);
  if (!state.expanded.has(node.id())) {
    state.expanded.add(node.id());
    node.addClass("expanded");
    try {
      const body = await getJson(`/api/entities/${segment(node.id())}/neighbors`, { depth: 1, limit: 50 });
      state.truncated ||= Boolean(body.truncated);
      const before = new Set(state.cy.nodes().map((n) => n.id()));
      add(body);
      const added = state.cy.nodes().filter((n) => !before.has(n.id()));
      if (added.nonempty()) {
        buildFilters();
        placeAround(node, added);
      }
    } catch (error) {
      showError($("graph-error"), error);
    }
  }
  await showing;
}

function onEdge(edge) {
  state.panel++;
  const data = edge.data();
  fill($("evidence"),
    el("h3", {}, `${edge.source().data("name")} → ${edge.target().data("name")}`),
    el("p", { class: "meta" }, `关系：${relationLabel(data.type)}`),
    properties(data.properties),
    evidenceList(data.evidence));
}

async function showNodeEvidence(node) {
  const panel = $("evidence");
  const ticket = ++state.panel;
  fill(panel, el("h3", {}, node.data("name")), el("p", { class: "hint" }, "载入证据…"));
  try {
    const entity = await getJson(`/api/entities/${segment(node.id())}`);
    if (ticket !== state.panel) return;
    fill(panel,
      el("h3", {}, entity.name),
      el("p", { class: "meta" },
        el("span", { class: "swatch", style: `background:${typeColor(entity.type)}`, "aria-hidden": "true" }),
        `${typeName(entity.type)} · `, el("code", {}, entity.id),
        " · ", el("a", { href: graphHref(entity.id) }, "以此为中心"),
        " · ", el("a", { href: pathHref({ from: state.rootId, to: entity.id }) }, "与中心的路径")),
      entity.aliases?.length ? el("p", { class: "meta" }, `别名：${entity.aliases.join("、")}`) : null,
      properties(entity.properties),
      evidenceList(entity.evidence));
  } catch (error) {
    if (ticket !== state.panel) return;
    fill(panel, el("h3", {}, node.data("name")));
    showError($("graph-error"), error);
  }
}

function properties(map) {
  const shown = (v) => (Array.isArray(v) ? v.filter((x) => typeof x !== "object").join("、") : typeof v === "object" ? "" : String(v));
  const entries = Object.entries(map ?? {}).map(([k, v]) => [k, v === null || v === undefined ? "" : shown(v)]).filter(([, v]) => v !== "");
  if (!entries.length) return null;
  return el("dl", { class: "properties" }, entries.map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
}
