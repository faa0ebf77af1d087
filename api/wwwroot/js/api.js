// The explorer's only way to the server: GET requests to the public API, JSON back.
// A 4xx or 5xx answer becomes an ApiError carrying the ProblemDetails `detail` (or its title).

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.name = "ApiError";
    this.status = status;
  }
}

/** Builds "/api/...?..." from a path and a map of parameters; arrays repeat the parameter. */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (v !== undefined && v !== null && v !== "") {
        query.append(key, String(v));
      }
    }
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Path segment for an id: ids hold ':' and Chinese, so they are always encoded. */
export const segment = (id) => encodeURIComponent(id);

export async function getJson(path, params) {
  const url = apiUrl(path, params);
  let response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" } });
  } catch (e) {
    throw new ApiError(`无法连接服务（${e.message}）`, 0);
  }
  if (!response.ok) {
    throw new ApiError(await problemMessage(response), response.status);
  }
  return response.json();
}

async function problemMessage(response) {
  const fallback = `请求失败：HTTP ${response.status}`;
  try {
    const problem = await response.json();
    return problem.detail || problem.title || fallback;
  } catch {
    return fallback;
  }
}

/** Shows an error's message in a view's alert box, or hides the box when there is none. */
export function showError(box, error) {
  if (!error) {
    box.hidden = true;
    box.textContent = "";
    return;
  }
  box.hidden = false;
  box.textContent = error instanceof ApiError ? error.message : `出错了：${error.message ?? error}`;
  if (!(error instanceof ApiError)) {
    console.error(error);
  }
}
