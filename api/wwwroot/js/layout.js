// The layout of a neighbourhood, readable up to a few hundred nodes, on top of cytoscape's own
// force-directed layout (cose):
//  1. hubs are drawn larger: a node's size grows with its degree in what is shown;
//  2. nodes start grouped by type: each type gets a sector around the root, as wide as its
//     share of the nodes, and a node sits in its type's sector at its distance from the root;
//  3. cose (deterministic: it starts from those places) pulls related nodes together and
//     pushes the rest apart, counting each node's label in its size;
//  4. each node is drawn part of the way towards the middle of its type's nodes, so that
//     types stay grouped where the forces mixed them, and what labels then overlap is pushed
//     apart, box by box, until none does;
//  5. the drawing is drawn in, a little at a time, towards the shape of the canvas, labels
//     pushed apart again after each step, as long as it gets smaller: a force layout leaves
//     much empty space around a hub, and every bit of it costs zoom, so legibility.
// The same graph is laid out the same way every time.

const typeOrder = ["Committee", "Body", "Person", "Initiative", "Activity", "Topic", "Award", "Regulation", "Place", "Date", "Document"];

/** Node size from degree: leaves 18px, hubs up to 64px. */
export function sizeByDegree(cy, rootId) {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const degree = node.connectedEdges().length;
      const size = Math.min(64, 18 + 6 * Math.sqrt(Math.max(0, degree - 1)));
      node.data("size", node.id() === rootId ? Math.max(size, 40) : size);
      node.toggleClass("hub", degree >= 6 || node.id() === rootId);
    });
  });
}

/** Lays out what is shown (the visible nodes), the root in the middle. */
export function layoutNeighbourhood(cy, rootId) {
  const nodes = cy.nodes(":visible");
  if (nodes.empty()) return Promise.resolve();
  sizeByDegree(cy, rootId);
  placeByType(cy, nodes, rootId);
  const count = nodes.length;
  const layout = cy.layout({
    name: "cose",
    eles: nodes.union(nodes.edgesWith(nodes)),
    randomize: false,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: true,
    // Springs a little longer around hubs, so that their many neighbours have room.
    idealEdgeLength: (edge) => 60 + 6 * Math.sqrt(Math.min(edge.source().degree(), edge.target().degree())),
    edgeElasticity: () => 80,
    nodeRepulsion: (node) => 12000 + 60 * labelWidth(node),
    nodeOverlap: 24,
    gravity: count > 100 ? 0.6 : 0.35,
    nestingFactor: 1,
    numIter: 1500,
    initialTemp: 120,
    coolingFactor: 0.97,
    minTemp: 1,
  });
  const done = layout.promiseOn("layoutstop");
  layout.run();
  return done.then(() => {
    const root = cy.getElementById(rootId);
    if (root.nonempty()) {
      // Keep the root at the origin, so that the view opens on it.
      const { x, y } = root.position();
      nodes.positions((n) => ({ x: n.position("x") - x, y: n.position("y") - y }));
    }
    groupTypes(nodes, rootId, 0.6);
    separateLabels(nodes, rootId);
    compact(nodes, rootId, cy.width() / Math.max(1, cy.height()));
  });
}

// Moves each node (not the root) by `share` of the way towards the centroid of its type.
function groupTypes(nodes, rootId, share) {
  const centres = new Map();
  nodes.forEach((n) => {
    if (n.id() === rootId) return;
    const c = centres.get(n.data("type")) ?? { x: 0, y: 0, count: 0 };
    const p = n.position();
    centres.set(n.data("type"), { x: c.x + p.x, y: c.y + p.y, count: c.count + 1 });
  });
  nodes.cy().batch(() => nodes.forEach((n) => {
    const c = centres.get(n.data("type"));
    if (n.id() === rootId || !c || c.count < 2) return;
    const p = n.position();
    n.position({ x: p.x + share * (c.x / c.count - p.x), y: p.y + share * (c.y / c.count - p.y) });
  }));
}

// Scales the drawing down around the root, more along the axis that is too long for the
// canvas, and separates the labels again, while that makes it smaller.
function compact(nodes, rootId, aspect) {
  const area = () => {
    const box = nodes.boundingBox({ includeLabels: true, includeOverlays: false });
    return { w: box.w, h: box.h, size: Math.max(box.w / aspect, box.h) };
  };
  let before = area();
  for (let round = 0; round < 16; round++) {
    const wide = before.w / before.h > aspect;
    const sx = wide ? 0.8 : 0.92;
    const sy = wide ? 0.92 : 0.8;
    const kept = nodes.map((n) => ({ n, p: { ...n.position() } }));
    nodes.cy().batch(() => nodes.positions((n) => ({ x: n.position("x") * sx, y: n.position("y") * sy })));
    // Too tall: overlaps are resolved sideways unless they are far from it (labels are wide, so
    // an overlap is mostly wider than it is tall); too wide: up and down.
    separateLabels(nodes, rootId, 6, wide ? 4 : 0.15);
    const after = area();
    if (after.size > before.size * 0.99) {
      // No smaller: the step is undone.
      nodes.cy().batch(() => kept.forEach(({ n, p }) => n.position(p)));
      break;
    }
    before = after;
  }
}

// Sectors by type around the root; rings by distance from it.
function placeByType(cy, nodes, rootId) {
  const root = cy.getElementById(rootId);
  const distance = new Map();
  if (root.nonempty()) {
    nodes.union(nodes.edgesWith(nodes)).bfs({
      roots: root, directed: false,
      visit: (v, e, u, i, depth) => { distance.set(v.id(), depth); },
    });
  }
  const others = nodes.filter((n) => n.id() !== rootId);
  const byType = new Map();
  others.forEach((n) => {
    const type = n.data("type");
    if (!byType.has(type)) byType.set(type, []);
    byType.get(type).push(n);
  });
  const types = [...byType.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const total = Math.max(1, others.length);
  const ring = 80 + 2.2 * Math.sqrt(total) * 10;
  let start = 0;
  cy.batch(() => {
    if (root.nonempty()) root.position({ x: 0, y: 0 });
    for (const type of types) {
      const members = byType.get(type)
        .sort((a, b) => (distance.get(a.id()) ?? 9) - (distance.get(b.id()) ?? 9) || a.data("name").localeCompare(b.data("name")));
      const span = (2 * Math.PI * members.length) / total;
      members.forEach((node, i) => {
        const angle = start + (span * (i + 0.5)) / members.length;
        const d = distance.get(node.id()) ?? 3;
        const r = ring * (0.6 + 0.55 * d) + (i % 3) * 18;
        node.position({ x: r * Math.cos(angle), y: r * Math.sin(angle) });
      });
      start += span;
    }
  });
}

const rank = (type) => {
  const i = typeOrder.indexOf(type);
  return i < 0 ? typeOrder.length : i;
};

function labelWidth(node) {
  const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
  return box.w;
}

/**
 * Pushes apart the nodes whose boxes (the node with its label) overlap, along the axis where
 * they overlap least, each by half (the root stays), until none overlaps or 200 rounds pass.
 * `xCost` below 1 makes horizontal pushes cheaper, to widen a drawing that is too tall.
 */
export function separateLabels(nodes, rootId, padding = 6, xCost = 1) {
  const items = nodes.map((node) => {
    const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
    const { x, y } = node.position();
    return {
      node, x, y, fixed: node.id() === rootId,
      w: box.w + padding, h: box.h + padding,
      dx: (box.x1 + box.x2) / 2 - x, dy: (box.y1 + box.y2) / 2 - y,
    };
  });
  for (let round = 0; round < 800; round++) {
    let moved = false;
    items.sort((a, b) => (a.x + a.dx - a.w / 2) - (b.x + b.dx - b.w / 2));
    for (let i = 0; i < items.length; i++) {
      const a = items[i];
      for (let j = i + 1; j < items.length; j++) {
        const b = items[j];
        const ax = a.x + a.dx, bx = b.x + b.dx;
        if (bx - b.w / 2 >= ax + a.w / 2) break;
        const ay = a.y + a.dy, by = b.y + b.dy;
        const ox = (a.w + b.w) / 2 - Math.abs(ax - bx);
        const oy = (a.h + b.h) / 2 - Math.abs(ay - by);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        const share = a.fixed || b.fixed ? 1 : 0.5;
        if (ox * xCost < oy) {
          const push = (ox + 0.5) * (ax <= bx ? 1 : -1);
          if (!a.fixed) a.x -= push * share;
          if (!b.fixed) b.x += push * share;
        } else {
          const push = (oy + 0.5) * (ay <= by ? 1 : -1);
          if (!a.fixed) a.y -= push * share;
          if (!b.fixed) b.y += push * share;
        }
      }
    }
    if (!moved) break;
  }
  nodes.cy().batch(() => items.forEach((it) => it.node.position({ x: it.x, y: it.y })));
}

/** How many pairs of visible nodes' label boxes overlap (for tests and the curious). */
export function labelOverlaps(cy) {
  const boxes = cy.nodes(":visible").map((n) => n.boundingBox({ includeLabels: true, includeOverlays: false }));
  let overlaps = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
    }
  }
  return overlaps;
}
