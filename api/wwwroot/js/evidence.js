// Renders Evidence (see the API contract): the sentence with the mention marked, and where it
// comes from, with a link to the sentence in the document view.
import { el, highlighted } from "./dom.js";
import { documentHref } from "./routes.js";

export function evidenceItem(evidence) {
  const ranges = Number.isInteger(evidence.mentionStart) && Number.isInteger(evidence.mentionEnd)
    ? [{ start: evidence.mentionStart, end: evidence.mentionEnd }]
    : [];
  const source = [evidence.committee, evidence.date].filter(Boolean).join(" · ");
  return el("li", { class: "evidence-item" },
    el("blockquote", { class: "sentence" }, highlighted(evidence.text ?? "", ranges)),
    el("p", { class: "meta" },
      el("a", { href: documentHref(evidence.documentId, evidence.passageId) }, evidence.title || evidence.documentId),
      source ? ` · ${source}` : ""));
}

/** A list of evidence, the first `shown` of them visible and the rest behind a button. */
export function evidenceList(items, shown = 5) {
  const list = el("ol", { class: "evidence-list" });
  if (!items?.length) {
    return el("p", { class: "hint" }, "没有可引用的原文。");
  }
  items.slice(0, shown).forEach((e) => list.append(evidenceItem(e)));
  if (items.length <= shown) {
    return list;
  }
  const more = el("button", {
    type: "button",
    class: "link",
    onclick: () => {
      items.slice(shown).forEach((e) => list.append(evidenceItem(e)));
      more.remove();
    },
  }, `显示全部 ${items.length} 条证据`);
  return el("div", {}, list, more);
}
