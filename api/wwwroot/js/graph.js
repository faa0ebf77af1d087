// The graph view: an entity's neighbourhood drawn with cytoscape (bundled under lib/).
// A tap on a node shows its evidence and expands it; a tap on an edge shows the edge's
// evidence. Relation and type filters hide what is loaded; depth reloads from the root.
import { getJson, segment, showError } from "./api.js";
import { clear, el, fill } from "./dom.js";
import { evidenceList } from "./evidence.js";
import { relationLabel, relationName, typeColor, typeName } from "./labels.js";
import { graphHref } from "./routes.js";

const $ = (id) => document.getElementById(id);
const fonts = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

const state = {
  cy: null,
  rootId: "",
  depth: 1,
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
};

export function initGraph(navigate) {
  $("graph-depth").addEventListener("change", () =>
    navigate(graphHref(state.rootId, { depth: $("graph-depth").value })));
  $("graph-fit").addEventListener("click", () => state.cy?.fit(undefined, 30));
  $("graph-reset").addEventListener("click", () => load(state.rootId, state.depth));
}

function createGraph() {
  if (typeof window.cytoscape !== "function") {
    throw new Error("关系图库 cytoscape 没有载入（lib/cytoscape/cytoscape.min.js）。");
  }
  const cy = window.cytoscape({
    container: $("graph-canvas"),
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      {
        selector: "node",
        style: {
          "background-color": "data(color)",
          label: "data(name)",
          "font-family": fonts,
          "font-size": 13,
          color: "#1b2631",
          "text-valign": "bottom",
          "text-margin-y": 4,
          "text-wrap": "ellipsis",
          "text-max-width": 140,
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.8,
          "text-background-padding": 2,
          width: 26,
          height: 26,
          "border-width": 2,
          "border-color": "#ffffff",
        },
      },
      { selector: "node.root", style: { width: 38, height: 38, "border-color": "#1b2631", "border-width": 3, "font-weight": "bold" } },
      { selector: "node.expanded", style: { "border-color": "#1b2631" } },
      {
        selector: "edge",
        style: {
          width: 2,
          "line-color": "#aab7b8",
          "target-arrow-color": "#aab7b8",
          "target-arrow-shape": "triangle",
          "curve-style": "bezier",
          label: "data(label)",
          "font-family": fonts,
          "font-size": 11,
          color: "#4d5656",
          "text-rotation": "autorotate",
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.9,
          "text-background-padding": 1,
        },
      },
      { selector: ":selected", style: { "line-color": "#1f618d", "target-arrow-color": "#1f618d", "border-color": "#1f618d", "border-width": 4 } },
      { selector: ".filtered", style: { display: "none" } },
    ],
  });
  cy.on("tap", "node", (event) => onNode(event.target));
  cy.on("tap", "edge", (event) => onEdge(event.target));
  return cy;
}

/** Shows the neighbourhood of `id` at `depth` (route #graph/{id}?depth=). */
export async function showGraph(id, params) {
  const depth = clampDepth(params.get("depth"));
  $("graph-depth").value = String(depth);
  if (!id) {
    $("graph-root-name").textContent = "";
    $("graph-status").textContent = "先在检索里选一个实体。";
    return;
  }
  if (id === state.rootId && depth === state.depth && state.cy?.nodes().length) {
    state.cy.resize();
    return;
  }
  await load(id, depth);
}

function clampDepth(value) {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 3 ? n : 1;
}

async function load(id, depth) {
  showError($("graph-error"), null);
  $("graph-status").textContent = "载入中…";
  state.rootId = id;
  state.depth = depth;
  state.expanded = new Set([id]);
  const ticket = ++state.loading;
  try {
    state.cy ??= createGraph();
    state.cy.elements().remove();
    const body = await getJson(`/api/entities/${segment(id)}/neighbors`, { depth, limit: 50 });
    if (ticket !== state.loading) return;
    state.truncated = Boolean(body.truncated);
    add(body);
    const root = state.cy.getElementById(id);
    root.addClass("root expanded");
    $("graph-root-name").textContent = root.nonempty() ? `· ${root.data("name")}` : "";
    relayout();
    buildFilters();
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

/** Rings around the root by distance, so that the layout is the same on every load. */
function relayout() {
  const cy = state.cy;
  const root = cy.getElementById(state.rootId);
  const distance = new Map();
  if (root.nonempty()) {
    cy.elements().bfs({ roots: root, directed: false, visit: (v, e, u, i, depth) => { distance.set(v.id(), depth); } });
  }
  const far = Math.max(0, ...distance.values()) + 1;
  cy.layout({
    name: "concentric",
    animate: false,
    minNodeSpacing: 30,
    concentric: (node) => far - (distance.get(node.id()) ?? far),
    levelWidth: () => 1,
  }).run();
  cy.fit(undefined, 30);
  applyFilters();
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
      const before = state.cy.elements().length;
      add(body);
      if (state.cy.elements().length !== before) {
        relayout();
        buildFilters();
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
        " · ", el("a", { href: graphHref(entity.id) }, "以此为中心")),
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
