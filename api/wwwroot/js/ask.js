// The ask view: a question in plain Chinese (/api/ask), how it was read, the answer in a sentence,
// and the answer itself as a table (awards, roles, activities, initiatives, who did what, counts
// with a bar chart, cities) or as a graph (a path, what an entity is related to).
import { getJson, showError } from "./api.js";
import { barChart } from "./chart.js";
import { citiesTable, metricText } from "./cities.js";
import { clear, el, fill, highlighted } from "./dom.js";
import { evidenceList } from "./evidence.js";
import { relationName, typeColor, typeName } from "./labels.js";
import { drawGraph } from "./minigraph.js";
import { askHref, documentHref, graphHref, searchHref } from "./routes.js";

const $ = (id) => document.getElementById(id);
let latest = 0;

const examples = [
  "淮安市政协获得了哪些奖项？",
  "淮安市政协2023年开展了哪些调研？",
  "淮安市政协的主席是谁？",
  "盐城市政协打造了哪些平台？",
  "哪些城市开展了民营经济走访？",
  "哪些委员提出了提案？",
  "码上议和戚寿余有什么关系？",
  "哪一年获奖最多？",
];

export function initAsk(navigate) {
  $("ask-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const q = $("ask-q").value.trim();
    if (q) navigate(askHref(q));
  });
  fill($("ask-examples"), examples.map((q) => el("li", {}, el("a", { class: "chip", href: askHref(q) }, q))));
}

/** Asks the question of the route (#ask?q=…) and shows the answer. */
export async function showAsk(params) {
  const q = params.get("q") ?? "";
  $("ask-q").value = q;
  showError($("ask-error"), null);
  const answerBox = clear($("ask-answer"));
  $("ask-summary").textContent = "";
  $("ask-interpretation").textContent = "";
  if (!q) {
    $("ask-summary").textContent = "输入问题，或点一个示例。";
    return;
  }
  $("ask-summary").textContent = "正在回答…";
  const ticket = ++latest;
  try {
    const answer = await getJson("/api/ask", { q });
    if (ticket !== latest) return;
    $("ask-summary").textContent = answer.summary ?? "";
    $("ask-interpretation").textContent = `读作（${answer.interpretation.shape}）：${answer.interpretation.text}`;
    document.getElementById("view-ask").dataset.shape = answer.interpretation.shape;
    await render(answerBox, answer);
  } catch (error) {
    if (ticket !== latest) return;
    $("ask-summary").textContent = "";
    showError($("ask-error"), error);
  }
}

async function render(box, answer) {
  switch (answer.interpretation.shape) {
    case "awards":
      return box.append(table(["奖项", "年份", "获得者", "证据"], answer.awards, (a) => [
        el("strong", {}, a.name, a.rank ? `（${a.rank}）` : ""),
        a.year ?? "",
        [entity(a.holder), a.via === "RAN" ? el("span", { class: "meta block" }, "其运行的品牌/平台") : a.via === "PART_OF" ? el("span", { class: "meta block" }, "其所属机构") : null],
        evidenceList(a.evidence, 1),
      ]));
    case "roles":
      return box.append(table(["人物", "职务", "单位", "证据"], answer.roles, (r) => [
        entity(r.person), r.role, r.organization ? entity(r.organization) : "", evidenceList(r.evidence, 1),
      ]));
    case "activities":
      return box.append(activityTable(answer.activities));
    case "initiatives":
      return box.append(table(["品牌/平台", "运行者", "证据"], answer.initiatives, (i) => [
        entity({ id: i.id, type: "Initiative", name: i.name }), entity(i.runner), evidenceList(i.evidence, 1),
      ]));
    case "actors":
      return renderActors(box, answer.actors);
    case "cities":
      return box.append(citiesTable(answer.cities?.items ?? []));
    case "counts":
      return renderCounts(box, answer.counts);
    case "path":
      return renderPath(box, answer.path);
    case "related":
      return renderRelated(box, answer);
    case "entity":
      return box.append(entityCard(answer.entity));
    case "notFound":
      return box.append(el("p", {}, el("a", { href: searchHref({ q: answer.interpretation.name }) }, `在全文中检索“${answer.interpretation.name}”`)));
    default:
      return box.append(hitList(answer.search));
  }
}

function table(headers, items, cells) {
  if (!items?.length) return el("p", { class: "hint" }, "图谱中没有记录。");
  return el("table", { class: "answer-table" },
    el("thead", {}, el("tr", {}, headers.map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, items.map((item) => el("tr", {}, cells(item).map((c, i) => (i === 0 ? el("th", { scope: "row" }, c) : el("td", {}, c)))))));
}

function activityTable(activities) {
  return table(["活动", "类型", "年份", "开展者", "数字", "证据"], activities, (a) => [
    a.name, a.kind ?? "", a.year ?? "",
    (a.conductors ?? []).map((c) => el("span", { class: "block" }, entity(c))),
    (a.metrics ?? []).map((m) => el("span", { class: "figure" }, metricText(m))),
    evidenceList(a.evidence, 1),
  ]);
}

function renderActors(box, actors) {
  const rows = (items) => table(["名称", "城市", "活动与数字", "证据"], items, (a) => [
    entity(a), a.city ?? "",
    el("ul", { class: "plain" }, (a.activities ?? []).map((x) => el("li", {}, x.name, x.year ? el("span", { class: "meta" }, `（${x.year}）`) : null,
      (x.metrics ?? []).map((m) => el("span", { class: "figure" }, metricText(m)))))),
    evidenceList((a.activities ?? []).flatMap((x) => x.evidence ?? []), 1),
  ]);
  if (actors.items?.length || !actors.others?.length) {
    box.append(rows(actors.items));
  }
  if (actors.others?.length) {
    box.append(el("h3", {}, "图谱记录了这些政协或机构做过此事"), rows(actors.others));
  }
}

function renderCounts(box, counts) {
  const by = counts.groupBy === "year" ? "年份" : "城市";
  const unit = counts.counted === "awards" ? "项奖" : "项活动";
  if (!counts.groups?.length) {
    box.append(el("p", { class: "hint" }, "图谱中没有记录。"));
    return;
  }
  box.append(el("figure", { class: "chart" },
    barChart(counts.groups.map((g) => ({ label: g.key, value: g.count, text: `${g.count}${unit}` })), counts.groups.map((g) => `${g.key} ${g.count}`).join("；")),
    el("figcaption", {}, `按${by}统计${counts.unplaced ? `（另有${counts.unplaced}项不属于任何${by}，如省级政协的活动）` : ""}`)));
  const figures = counts.groups.some((g) => g.figures?.length);
  box.append(table([by, "数量", ...(figures ? ["合计数字"] : []), "包括", "证据"], counts.groups, (g) => [
    g.key, String(g.count),
    ...(figures ? [(g.figures ?? []).map((m) => el("span", { class: "figure" }, metricText(m)))] : []),
    el("ul", { class: "plain" }, (g.items ?? []).slice(0, 8).map((i) => el("li", {}, i))),
    evidenceList(g.evidence, 1),
  ]));
}

async function renderPath(box, path) {
  if (!path?.found) return;
  const canvas = el("div", { class: "graph-canvas answer-graph", role: "img", "aria-label": "路径图" });
  const steps = el("ol", { class: "path-steps" });
  box.append(canvas, steps);
  fillSteps(steps, path);
  await drawGraph(canvas, path.nodes, path.edges, { chain: true });
}

/** The relations of a path in order, each with the sentences that state it. */
export function fillSteps(list, path) {
  const names = new Map(path.nodes.map((n) => [n.id, n]));
  clear(list);
  for (const edge of path.edges) {
    const from = names.get(edge.from), to = names.get(edge.to);
    list.append(el("li", { class: "path-step" },
      el("p", {}, entity(from), el("span", { class: "relation" }, ` —${relationName(edge.type)}→ `), entity(to)),
      evidenceList(edge.evidence, 1)));
  }
}

async function renderRelated(box, answer) {
  const related = answer.related;
  if (!related?.nodes?.length) return;
  const canvas = el("div", { class: "graph-canvas answer-graph", role: "img", "aria-label": "相关实体图" });
  box.append(canvas,
    el("p", {}, el("a", { href: graphHref(answer.interpretation.entityId) }, "在关系图中打开")),
    table(["实体", "类型"], related.nodes.filter((n) => n.id !== answer.interpretation.entityId), (n) => [entity(n), typeName(n.type)]));
  await drawGraph(canvas, related.nodes, related.edges, { rootId: answer.interpretation.entityId });
}

function entityCard(entity) {
  if (!entity) return el("p", { class: "hint" }, "没有找到。");
  const props = Object.entries(entity.properties ?? {}).filter(([, v]) => typeof v !== "object" || Array.isArray(v));
  return el("div", { class: "entity-card" },
    el("h3", {}, el("span", { class: "swatch", style: `background:${typeColor(entity.type)}`, "aria-hidden": "true" }), " ", entity.name),
    el("p", { class: "meta" }, `${typeName(entity.type)} · `, el("a", { href: graphHref(entity.id) }, "在关系图中打开")),
    props.length ? el("dl", { class: "properties" }, props.map(([k, v]) => [el("dt", {}, k), el("dd", {}, Array.isArray(v) ? v.join("、") : String(v))])) : null,
    evidenceList(entity.evidence, 3));
}

function hitList(search) {
  if (!search?.hits?.length) return el("p", { class: "hint" }, "没有找到。");
  return el("ol", { class: "hits" }, search.hits.map((hit) => el("li", { class: "hit" },
    el("p", {}, highlighted(hit.text ?? "", hit.highlights)),
    el("p", { class: "meta" }, el("a", { href: documentHref(hit.documentId, hit.passageId) }, hit.title || hit.documentId),
      [hit.committee, hit.year].filter(Boolean).length ? ` · ${[hit.committee, hit.year].filter(Boolean).join(" · ")}` : ""))));
}

function entity(ref) {
  if (!ref) return "";
  return el("a", { class: "entity", href: graphHref(ref.id), title: typeName(ref.type) },
    el("span", { class: "swatch", style: `background:${typeColor(ref.type)}`, "aria-hidden": "true" }), " ", ref.name);
}
