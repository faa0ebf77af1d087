// The explorer's entry point: routes the URL fragment to one view at a time.
import { initAsk, showAsk } from "./ask.js";
import { showCities, initCities } from "./cities.js";
import { showDocument } from "./document.js";
import { initGraph, showGraph } from "./graph.js";
import { initPath, showPath } from "./path.js";
import { parseRoute } from "./routes.js";
import { initSearch, showSearch } from "./search.js";

const views = ["search", "ask", "graph", "path", "cities", "document"];
let lastGraph = "";

function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

async function route() {
  const { view, id, params } = parseRoute(location.hash);
  const name = view === "doc" ? "document" : views.includes(view) ? view : "search";
  for (const v of views) {
    document.getElementById(`view-${v}`).hidden = v !== name;
  }
  for (const link of document.querySelectorAll("[data-nav]")) {
    const current = link.dataset.nav === name;
    link.classList.toggle("current", current);
    if (current) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  if (name === "graph") {
    // "关系图" in the menu comes back to the last graph shown.
    if (!id && lastGraph) {
      location.replace(lastGraph);
      return;
    }
    if (id) lastGraph = location.hash;
  }
  document.body.dataset.view = name;
  document.body.dataset.busy = "true";
  try {
    if (name === "search") await showSearch(params);
    else if (name === "ask") await showAsk(params);
    else if (name === "graph") await showGraph(id, params);
    else if (name === "path") await showPath(params);
    else if (name === "cities") await showCities(params);
    else await showDocument(id, params);
  } finally {
    document.body.dataset.busy = "false";
  }
}

initSearch(navigate);
initGraph(navigate);
initCities(navigate);
initAsk(navigate);
initPath(navigate);
window.addEventListener("hashchange", route);
route();
