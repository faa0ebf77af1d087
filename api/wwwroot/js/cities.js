// The cities answer (/api/answers/cities): a table of cities with their committees, activities,
// figures and evidence, and a bar chart (plain SVG) of each city's headline figure.
import { getJson, showError } from "./api.js";
import { clear, el } from "./dom.js";
import { evidenceList } from "./evidence.js";
import { citiesHref } from "./routes.js";

const $ = (id) => document.getElementById(id);
const svgNs = "http://www.w3.org/2000/svg";
let latest = 0;

export function initCities(navigate) {
  $("cities-form").addEventListener("submit", (event) => {
    event.preventDefault();
    navigate(citiesHref({ topic: $("cities-topic").value.trim(), activity: $("cities-activity").value.trim() }));
  });
}

export async function showCities(params) {
  const topic = params.get("topic") ?? $("cities-topic").value;
  const activity = params.get("activity") ?? $("cities-activity").value;
  $("cities-topic").value = topic;
  $("cities-activity").value = activity;
  showError($("cities-error"), null);
  const body = $("cities-table").tBodies[0];
  clear(body).append(el("tr", {}, el("td", { colspan: 4, class: "hint" }, "载入中…")));
  clear($("cities-chart"));
  $("cities-caption").textContent = "";
  const ticket = ++latest;
  try {
    const answer = await getJson("/api/answers/cities", { topic, activity });
    if (ticket !== latest) return;
    renderTable(body, answer.items ?? []);
    renderChart(answer);
  } catch (error) {
    if (ticket !== latest) return;
    clear(body);
    showError($("cities-error"), error);
  }
}

export const metricText = (m) => `${m.value}${m.unit ?? ""}${m.object ? ` ${m.object}` : ""}`;

/** The cities answer as a table of its own (for answers shown outside this view). */
export function citiesTable(items) {
  const body = el("tbody");
  renderTable(body, items);
  return el("table", { class: "cities" },
    el("thead", {}, el("tr", {}, ["城市", "政协", "活动与数字", "证据"].map((h) => el("th", { scope: "col" }, h)))),
    body);
}

function renderTable(body, items) {
  clear(body);
  if (!items.length) {
    body.append(el("tr", {}, el("td", { colspan: 4, class: "hint" }, "没有找到开展这类活动的城市。")));
    return;
  }
  for (const item of items) {
    body.append(el("tr", { "data-city": item.city },
      el("th", { scope: "row" }, item.city, item.province ? el("span", { class: "meta block" }, item.province) : null),
      el("td", {}, (item.committees ?? []).join("、")),
      el("td", {}, el("ul", { class: "plain" }, (item.activities ?? []).map((a) =>
        el("li", {},
          el("span", {}, a.name ?? a.kind ?? ""),
          a.year ? el("span", { class: "meta" }, `（${a.year}）`) : null,
          (a.metrics ?? []).map((m) => el("span", { class: "figure" }, metricText(m))))))),
      el("td", {}, evidenceList(item.evidence, 2))));
  }
}

/**
 * A city's headline figure: the first count of its first activity that states one (the answer
 * lists the strongest activity first, and an activity its main count first).
 */
function leadingFigure(item) {
  for (const activity of item.activities ?? []) {
    const metric = (activity.metrics ?? []).find((m) => typeof m.value === "number");
    if (metric) return metric;
  }
  return null;
}

function renderChart(answer) {
  const rows = (answer.items ?? [])
    .map((item) => ({ city: item.city, figure: leadingFigure(item) }))
    .filter((r) => r.figure);
  const box = clear($("cities-chart"));
  if (!rows.length) {
    $("cities-caption").textContent = "这些城市的原文没有给出数字。";
    return;
  }
  const max = Math.max(...rows.map((r) => r.figure.value));
  const rowHeight = 30;
  const labelWidth = 110;
  const barSpace = 420;
  const width = labelWidth + barSpace + 150;
  const height = rows.length * rowHeight + 10;
  const svg = svgEl("svg", {
    viewBox: `0 0 ${width} ${height}`, width, height, role: "img",
    "aria-label": rows.map((r) => `${r.city} ${metricText(r.figure)}`).join("；"),
  });
  rows.forEach((row, i) => {
    const y = 5 + i * rowHeight;
    const length = max > 0 ? Math.max(2, (row.figure.value / max) * barSpace) : 2;
    const group = svgEl("g", { class: "bar", "data-city": row.city });
    group.append(
      svgEl("text", { x: labelWidth - 8, y: y + 19, "text-anchor": "end", class: "bar-label" }, row.city),
      svgEl("rect", { x: labelWidth, y: y + 4, width: length, height: rowHeight - 10, rx: 3, class: "bar-rect" }),
      svgEl("text", { x: labelWidth + length + 6, y: y + 19, class: "bar-value" }, metricText(row.figure)));
    svg.append(group);
  });
  box.append(svg);
  $("cities-caption").textContent =
    `各城市${answer.topic ?? ""}${answer.activity ?? ""}的主要数字（原文所载）`;
}

function svgEl(tag, attributes, text) {
  const node = document.createElementNS(svgNs, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}
