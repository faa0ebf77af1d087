// A small graph drawn inside an answer: a path laid out left to right with every relation named,
// or a neighbourhood laid out as in the graph view. Taps on nodes open the graph view.
import { graphStyle } from "./graph-style.js";
import { relationName, typeColor } from "./labels.js";
import { layoutNeighbourhood } from "./layout.js";
import { graphHref } from "./routes.js";

/**
 * Draws nodes ({ id, type, name }) and edges ({ id, type, from, to, evidence }) in `container`.
 * With `chain`, the nodes are in path order and drawn on a line, relations named; otherwise
 * they are laid out around `rootId`. Returns the cytoscape instance (a promise of it).
 */
export async function drawGraph(container, nodes, edges, { chain = false, rootId = null, onEdge = null } = {}) {
  if (typeof window.cytoscape !== "function") {
    throw new Error("关系图库 cytoscape 没有载入（lib/cytoscape/cytoscape.min.js）。");
  }
  const cy = window.cytoscape({
    container,
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 2.5,
    style: [
      ...graphStyle(),
      { selector: "edge.named", style: { "min-zoomed-font-size": 0, "font-size": 12, width: 2.5, "line-color": "#7f8c8d", "target-arrow-color": "#7f8c8d" } },
      { selector: "node.step", style: { "font-size": 14, "text-max-width": 180, "min-zoomed-font-size": 0 } },
    ],
  });
  cy.add(nodes.map((n) => ({ group: "nodes", data: { id: n.id, name: n.name, type: n.type, color: typeColor(n.type), size: 30 } })));
  cy.add(edges
    .filter((e) => cy.getElementById(e.from).nonempty() && cy.getElementById(e.to).nonempty())
    .map((e) => ({ group: "edges", data: { id: e.id, source: e.from, target: e.to, type: e.type, label: relationName(e.type), evidence: e.evidence ?? [] } })));
  if (chain) {
    nodes.forEach((n, i) => cy.getElementById(n.id).position({ x: i * 230, y: i % 2 === 0 ? 0 : 40 }).addClass("step"));
    cy.edges().addClass("named");
  } else {
    await layoutNeighbourhood(cy, rootId ?? nodes[0]?.id);
  }
  cy.fit(undefined, 30);
  cy.on("tap", "node", (event) => { location.hash = graphHref(event.target.id()); });
  if (onEdge) cy.on("tap", "edge", (event) => onEdge(event.target.data()));
  return cy;
}
