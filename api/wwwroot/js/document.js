// The document view (/api/documents/{id}): its sections and sentences; the sentence named in the
// route (?passage=) is marked and scrolled to.
import { getJson, segment, showError } from "./api.js";
import { clear, el } from "./dom.js";
import { typeName } from "./labels.js";

const $ = (id) => document.getElementById(id);

export async function showDocument(id, params) {
  const passageId = params.get("passage") ?? "";
  showError($("document-error"), null);
  $("document-title").textContent = "文件";
  clear($("document-meta"));
  const body = clear($("document-body"));
  if (!id) return;
  try {
    const doc = await getJson(`/api/documents/${segment(id)}`);
    $("document-title").textContent = doc.title || doc.id;
    const counts = Object.entries(doc.entityCounts ?? {}).map(([type, n]) => `${typeName(type)} ${n}`).join("，");
    $("document-meta").append([doc.committee, doc.date ?? doc.year, doc.source, doc.format].filter(Boolean).join(" · "),
      counts ? el("span", { class: "block" }, `实体：${counts}`) : "");
    let target = null;
    for (const section of doc.sections ?? []) {
      const passages = (section.passages ?? []).map((p) => {
        const span = el("span", { class: p.id === passageId ? "passage target" : "passage", id: `p-${p.id}` }, p.text);
        if (p.id === passageId) target = span;
        return span;
      });
      body.append(el("section", { class: "doc-section" },
        section.heading ? el("h3", {}, section.heading) : null,
        el("p", {}, passages)));
    }
    target?.scrollIntoView({ block: "center" });
  } catch (error) {
    showError($("document-error"), error);
  }
}
