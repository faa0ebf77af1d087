// How graphs are drawn: colour by type, size by degree (data(size), set by layout.js), hubs'
// names bold and larger, leaves' names cut short until hovered; relation names on an edge only
// when the edge or one of its nodes is hovered or selected, or once zoomed in far enough to read
// them all (min-zoomed-font-size).

export const fonts = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export function graphStyle() {
  return [
    {
      selector: "node",
      style: {
        "background-color": "data(color)",
        label: "data(name)",
        "font-family": fonts,
        "font-size": 13,
        color: "#1b2631",
        "text-valign": "bottom",
        "text-margin-y": 3,
        "text-wrap": "ellipsis",
        "text-max-width": 96,
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.85,
        "text-background-padding": 1,
        "min-zoomed-font-size": 6,
        width: "data(size)",
        height: "data(size)",
        "border-width": 2,
        "border-color": "#ffffff",
      },
    },
    { selector: "node.hub", style: { "font-size": 15, "font-weight": "bold", "text-max-width": 150, "min-zoomed-font-size": 0 } },
    { selector: "node.root", style: { "border-color": "#1b2631", "border-width": 3, "font-size": 17 } },
    { selector: "node.expanded", style: { "border-color": "#1b2631" } },
    {
      selector: "edge",
      style: {
        width: 1.2,
        opacity: 0.55,
        "line-color": "#a6b1b5",
        "target-arrow-color": "#b3bcc0",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.8,
        "curve-style": "bezier",
        label: "data(label)",
        "font-family": fonts,
        "font-size": 10,
        // Shown once zoomed in beyond 1:1 (cytoscape rounds the zoom up to a power of two
        // before comparing: 10px at any zoom up to 1 is 10, above it 20 or more).
        "min-zoomed-font-size": 15,
        color: "#4d5656",
        "text-rotation": "autorotate",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.9,
        "text-background-padding": 1,
      },
    },
    { selector: ".faded", style: { opacity: 0.25 } },
    {
      selector: "node.hover",
      style: { "text-wrap": "wrap", "text-max-width": 260, "min-zoomed-font-size": 0, "z-index": 20, "text-background-opacity": 1 },
    },
    { selector: "node.near", style: { "min-zoomed-font-size": 0, "z-index": 15 } },
    {
      selector: "edge.hover, edge:selected",
      style: { width: 3, opacity: 1, "line-color": "#1f618d", "target-arrow-color": "#1f618d", "min-zoomed-font-size": 0, "z-index": 20, color: "#1b2631" },
    },
    { selector: "node:selected", style: { "border-color": "#1f618d", "border-width": 4 } },
    { selector: ".filtered", style: { display: "none" } },
  ];
}

/** Hovering a node lights up its relations (named) and neighbours and fades the rest; hovering an edge names it. */
export function hoverHighlights(cy) {
  const clear = () => cy.elements().removeClass("hover near faded");
  cy.on("mouseover", "node", (event) => {
    const node = event.target;
    cy.batch(() => {
      clear();
      const near = node.closedNeighborhood();
      cy.elements().not(near).addClass("faded");
      node.addClass("hover");
      near.nodes().not(node).addClass("near");
      node.connectedEdges().addClass("hover");
    });
  });
  cy.on("mouseover", "edge", (event) => event.target.addClass("hover"));
  cy.on("mouseout", "node, edge", () => cy.batch(clear));
}
