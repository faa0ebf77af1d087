// The search view: /api/search hits with highlights and facets, and /api/entities matches.
import { getJson, showError } from "./api.js";
import { clear, el, highlighted } from "./dom.js";
import { typeColor, typeName } from "./labels.js";
import { documentHref, graphHref, searchHref } from "./routes.js";

const pageSize = 20;
const filterKeys = ["city", "province", "committee", "year", "entityType"];
const facetTitles = { city: "城市", province: "省份", committee: "政协", year: "年份", entityType: "实体类型" };

const $ = (id) => document.getElementById(id);
// Each search gets a number; an answer that comes back after a newer search started is dropped.
let latest = 0;

export function initSearch(navigate) {
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const q = $("search-q").value.trim();
    if (q) navigate(searchHref({ q }));
  });
}

/** Shows the search for the route's parameters (q plus any facet filters and offset). */
export async function showSearch(params) {
  const q = params.get("q") ?? "";
  const state = { q, offset: Number(params.get("offset") ?? 0) || 0 };
  for (const key of filterKeys) state[key] = params.get(key) ?? "";
  $("search-q").value = q;
  showError($("search-error"), null);
  if (!q) {
    clear($("hits"));
    clear($("facets"));
    clear($("search-filters"));
    $("entity-results").hidden = true;
    $("search-summary").textContent = "输入关键词检索政协文件中的句子。";
    $("search-q").focus();
    return;
  }

  $("search-summary").textContent = "检索中…";
  const ticket = ++latest;
  const [search, entities] = await Promise.allSettled([
    getJson("/api/search", { ...state, limit: pageSize }),
    getJson("/api/entities", { q, limit: 12 }),
  ]);
  if (ticket !== latest) return;
  if (search.status === "rejected") {
    showError($("search-error"), search.reason);
    $("search-summary").textContent = "";
    clear($("hits"));
    clear($("facets"));
  } else {
    renderHits(search.value, state);
    renderFacets(search.value.facets ?? {}, state);
  }
  renderFilters(state);
  if (entities.status === "fulfilled") {
    renderEntities(entities.value.items ?? []);
  } else {
    $("entity-results").hidden = true;
    if (search.status === "fulfilled") showError($("search-error"), entities.reason);
  }
}

function entityChip(entity) {
  return el("li", {},
    el("a", { class: "chip", href: graphHref(entity.id), title: `${typeName(entity.type)}：${entity.id}` },
      el("span", { class: "swatch", style: `background:${typeColor(entity.type)}`, "aria-hidden": "true" }),
      entity.name,
      el("span", { class: "visually-hidden" }, `（${typeName(entity.type)}）`)));
}

function renderEntities(items) {
  const list = clear($("entity-list"));
  $("entity-results").hidden = items.length === 0;
  items.forEach((entity) => list.append(entityChip(entity)));
}

function renderHits(body, state) {
  const hits = clear($("hits"));
  const total = body.total ?? 0;
  $("search-summary").textContent = total === 0
    ? `没有找到“${state.q}”。`
    : `“${state.q}”：共 ${total} 条，第 ${state.offset + 1}–${state.offset + body.hits.length} 条`;
  for (const hit of body.hits ?? []) {
    const meta = [hit.committee, hit.city, hit.year].filter((v) => v !== null && v !== undefined && v !== "");
    hits.append(el("li", { class: "hit" },
      el("p", { class: "hit-text" }, highlighted(hit.text ?? "", hit.highlights)),
      el("p", { class: "meta" },
        el("a", { href: documentHref(hit.documentId, hit.passageId) }, hit.title || hit.documentId),
        meta.length ? ` · ${meta.join(" · ")}` : ""),
      hit.entities?.length ? el("ul", { class: "chips small", "aria-label": "句中实体" }, hit.entities.map(entityChip)) : null));
  }
  const pager = clear($("pager"));
  if (state.offset > 0) {
    pager.append(el("a", { href: searchHref({ ...state, offset: Math.max(0, state.offset - pageSize) }) }, "上一页"));
  }
  if (state.offset + (body.hits?.length ?? 0) < total) {
    pager.append(el("a", { href: searchHref({ ...state, offset: state.offset + pageSize }) }, "下一页"));
  }
}

function renderFacets(facets, state) {
  const box = clear($("facets"));
  for (const [key, values] of Object.entries(facets)) {
    if (!values?.length) continue;
    const list = el("ul", {});
    for (const { value, count } of values) {
      const active = String(state[key] ?? "") === String(value);
      const next = { ...state, offset: 0, [key]: active ? "" : value };
      list.append(el("li", {},
        el("a", { href: searchHref(next), class: active ? "facet active" : "facet", "data-value": String(value), "aria-current": active ? "true" : null },
          key === "entityType" ? typeName(value) : String(value),
          el("span", { class: "count" }, String(count)))));
    }
    box.append(el("section", { class: "facet-group", "data-facet": key },
      el("h3", {}, facetTitles[key] ?? key), list));
  }
}

function renderFilters(state) {
  const box = clear($("search-filters"));
  for (const key of filterKeys) {
    if (!state[key]) continue;
    const shown = key === "entityType" ? typeName(state[key]) : state[key];
    box.append(el("a", { class: "filter", href: searchHref({ ...state, offset: 0, [key]: "" }), title: "去掉这个条件" },
      `${facetTitles[key]}：${shown} ✕`));
  }
}
