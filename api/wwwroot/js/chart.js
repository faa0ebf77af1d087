// A horizontal bar chart in plain SVG: one bar a row, its label on the left and its value on the right.

const svgNs = "http://www.w3.org/2000/svg";

/** rows: [{ label, value, text }], text being what is written after the bar (the value by default). */
export function barChart(rows, ariaLabel) {
  const max = Math.max(0, ...rows.map((r) => r.value));
  const rowHeight = 30;
  const labelWidth = 120;
  const barSpace = 380;
  const width = labelWidth + barSpace + 200;
  const height = rows.length * rowHeight + 10;
  const svg = svgEl("svg", { viewBox: `0 0 ${width} ${height}`, width, height, role: "img", "aria-label": ariaLabel });
  rows.forEach((row, i) => {
    const y = 5 + i * rowHeight;
    const length = max > 0 ? Math.max(2, (row.value / max) * barSpace) : 2;
    const group = svgEl("g", { class: "bar", "data-key": row.label });
    group.append(
      svgEl("text", { x: labelWidth - 8, y: y + 19, "text-anchor": "end", class: "bar-label" }, row.label),
      svgEl("rect", { x: labelWidth, y: y + 4, width: length, height: rowHeight - 10, rx: 3, class: "bar-rect" }),
      svgEl("text", { x: labelWidth + length + 6, y: y + 19, class: "bar-value" }, row.text ?? String(row.value)));
    svg.append(group);
  });
  return svg;
}

function svgEl(tag, attributes, text) {
  const node = document.createElementNS(svgNs, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}
