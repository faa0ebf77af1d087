// The explorer's places, kept in the URL fragment so that back, forward and links work:
//   #search?q=…&city=…   #graph/{entity id}?depth=2&limit=100   #cities?topic=…&activity=…
//   #ask?q=…   #path?from={entity id or name}&to=…   #doc/{document id}?passage={passage id}

export function parseRoute(hash) {
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  const [path, query = ""] = splitOnce(text, "?");
  const [view, rest = ""] = splitOnce(path, "/");
  return { view: view || "search", id: rest ? decodeURIComponent(rest) : "", params: new URLSearchParams(query) };
}

function splitOnce(text, separator) {
  const at = text.indexOf(separator);
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}

function withQuery(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export const searchHref = (params) => withQuery("#search", params);
export const graphHref = (id, params) => withQuery(`#graph/${encodeURIComponent(id)}`, params);
export const citiesHref = (params) => withQuery("#cities", params);
export const askHref = (question) => withQuery("#ask", { q: question });
export const pathHref = (params) => withQuery("#path", params);
export const documentHref = (id, passageId) =>
  withQuery(`#doc/${encodeURIComponent(id)}`, { passage: passageId });
