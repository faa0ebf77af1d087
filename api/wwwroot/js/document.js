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
    const passage = (p, tag, className) => {
      const node = el(tag, { class: p.id === passageId ? `${className} target` : className, id: `p-${p.id}` }, p.text);
      if (p.id === passageId) target = node;
      return node;
    };
    for (const section of doc.sections ?? []) {
      // A heading is a passage of its own (id ending ":h"): it is shown once, as the heading.
      const all = section.passages ?? [];
      const heading = all.find((p) => p.id.endsWith(":h"));
      const sentences = all.filter((p) => p !== heading).map((p) => passage(p, "span", "passage"));
      body.append(el("section", { class: "doc-section" },
        heading ? passage(heading, "h3", "passage") : section.heading ? el("h3", {}, section.heading) : null,
        sentences.length ? el("p", {}, sentences) : null));
    }
    target?.scrollIntoView({ block: "center" });
  } catch (error) {
    showError($("document-error"), error);
  }
}
