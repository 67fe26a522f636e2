// The view in the URL, so a link reproduces it: open nodes, expansions, hidden and pinned nodes,
// selection, filters, layout, path query and language. Readable parameters, not an opaque blob.
import { emptyState, LAYOUTS } from "./view-state.js";

const list = (value) => (value ? value.split(",").filter(Boolean) : []);

export function toSearch(state, lang) {
  const p = new URLSearchParams();
  if (state.open.length) p.set("n", state.open.join(","));
  for (const e of state.expansions) {
    p.append("x", [e.key, (e.types ?? []).join(","), e.dir ?? "both", e.limit ?? 50, e.skip ?? 0].join("|"));
  }
  if (state.hidden.length) p.set("h", state.hidden.join(","));
  for (const [key, [x, y]] of Object.entries(state.pinned)) p.append("pin", `${key}|${Math.round(x)}|${Math.round(y)}`);
  if (state.selected) p.set(state.selected.kind === "edge" ? "se" : "s", state.selected.id);
  const f = state.filters;
  if (f.labels.length) p.set("fl", f.labels.join(","));
  if (f.types.length) p.set("ft", f.types.join(","));
  if (f.from) p.set("from", f.from);
  if (f.to) p.set("to", f.to);
  if (!f.undated) p.set("undated", "0");
  if (state.layout !== "fcose") p.set("layout", state.layout);
  if (state.paths) {
    const q = state.paths;
    p.set("p", [q.from, q.to, q.mode, q.k, q.maxLength, (q.types ?? []).join(",")].join("|"));
  }
  if (lang) p.set("lang", lang);
  const s = p.toString();
  return s ? `?${s}` : "";
}

export function fromSearch(search) {
  const p = new URLSearchParams(search);
  const state = emptyState();
  state.open = list(p.get("n"));
  for (const x of p.getAll("x")) {
    const [key, types, dir, limit, skip] = x.split("|");
    if (!key) continue;
    state.expansions.push({
      key,
      types: list(types),
      dir: ["in", "out", "both"].includes(dir) ? dir : "both",
      limit: clampInt(limit, 50, 1, 500),
      skip: clampInt(skip, 0, 0, 1_000_000),
    });
  }
  state.hidden = list(p.get("h"));
  for (const pin of p.getAll("pin")) {
    const [key, x, y] = pin.split("|");
    if (key && Number.isFinite(+x) && Number.isFinite(+y)) state.pinned[key] = [+x, +y];
  }
  if (p.get("s")) state.selected = { kind: "node", id: p.get("s") };
  else if (p.get("se")) state.selected = { kind: "edge", id: p.get("se") };
  state.filters.labels = list(p.get("fl"));
  state.filters.types = list(p.get("ft"));
  state.filters.from = isDate(p.get("from")) ? p.get("from") : "";
  state.filters.to = isDate(p.get("to")) ? p.get("to") : "";
  state.filters.undated = p.get("undated") !== "0";
  const layout = p.get("layout");
  if (LAYOUTS.includes(layout)) state.layout = layout;
  const path = p.get("p");
  if (path) {
    const [from, to, mode, k, maxLength, types] = path.split("|");
    if (from && to) {
      state.paths = {
        from,
        to,
        mode: ["shortest", "allShortest", "k"].includes(mode) ? mode : "shortest",
        k: clampInt(k, 5, 1, 50),
        maxLength: clampInt(maxLength, 6, 1, 15),
        types: list(types),
      };
    }
  }
  const lang = p.get("lang");
  return { state, lang: lang === "en" || lang === "ja" ? lang : null };
}

function clampInt(value, fallback, min, max) {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

const isDate = (value) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value ?? "");
