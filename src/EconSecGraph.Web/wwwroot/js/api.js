// The only module that knows the server's URLs. Every failure becomes an ApiError carrying the
// problem document (status, title, detail, and for Cypher errors code, line, column, offset).

export class ApiError extends Error {
  constructor(problem, status) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem ?? {};
  }
}

const inflight = new Map();

async function request(url, { method = "GET", body, signal, channel } = {}) {
  // A "channel" keeps only the latest request of its kind (typing ahead cancels older searches).
  let controller;
  if (channel) {
    inflight.get(channel)?.abort();
    controller = new AbortController();
    inflight.set(channel, controller);
    signal = controller.signal;
  }
  let response;
  try {
    response = await fetch(url, {
      method,
      signal,
      headers: body === undefined ? { Accept: "application/json" } : { Accept: "application/json", "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError({ title: "Network error", detail: `The server could not be reached (${error.message}).` }, 0);
  } finally {
    if (channel && inflight.get(channel) === controller) inflight.delete(channel);
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!response.ok) throw new ApiError(json ?? { title: `HTTP ${response.status}`, detail: text.slice(0, 300) }, response.status);
  return json;
}

const q = (params) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    search.set(key, Array.isArray(value) ? value.join(",") : String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : "";
};

const enc = encodeURIComponent;

export const api = {
  health: () => request("/healthz"),
  schema: () => request("/api/schema"),
  overview: (limit = 300) => request(`/api/graph/overview${q({ limit })}`),
  subgraph: (nodes) => request("/api/graph/subgraph", { method: "POST", body: { nodes } }),
  search: (text, { labels, limit = 10 } = {}) =>
    request(`/api/search${q({ q: text, labels, limit })}`, { channel: "search" }),
  searchOnce: (text, { labels, limit = 10 } = {}) => request(`/api/search${q({ q: text, labels, limit })}`),
  node: (key) => request(`/api/nodes/${enc(key)}`, { channel: "details" }),
  neighbors: (key, { types, direction, limit, skip } = {}) =>
    request(`/api/nodes/${enc(key)}/neighbors${q({ types, direction, limit, skip })}`),
  sources: (ids) => request(`/api/sources${q({ ids })}`, { channel: "details" }),
  paths: ({ from, to, mode, k, maxLength, types }) =>
    request(`/api/paths${q({ from, to, mode, k, maxLength, types })}`, { channel: "paths" }),
  cypher: (query, parameters = {}) => request("/api/cypher", { method: "POST", body: { query, parameters } }),
  timeline: ({ from, to, labels } = {}) => request(`/api/timeline${q({ from, to, labels })}`, { channel: "timeline" }),
  exportUrl: (format) => `/api/export${q({ format })}`,
  exportSubgraph: async (format, nodes) => {
    const response = await fetch(`/api/export${q({ format })}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ nodes }),
    });
    if (!response.ok) {
      let problem = null;
      try {
        problem = await response.json();
      } catch {
        problem = null;
      }
      throw new ApiError(problem, response.status);
    }
    const disposition = response.headers.get("Content-Disposition") ?? "";
    const name = /filename\*?=(?:UTF-8'')?"?([^";]+)/i.exec(disposition)?.[1] ?? `econsecgraph.${format}`;
    return { blob: await response.blob(), name: decodeURIComponent(name) };
  },
};

export const isAbort = (error) => error?.name === "AbortError";
