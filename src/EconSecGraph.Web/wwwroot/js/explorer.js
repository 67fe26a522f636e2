// What is on the canvas and why: keeps the element cache and the results of expansions and path
// queries, turns the view state into the set of visible nodes, and asks graph-view to show it.
import { expansionId } from "./view-state.js";

/** Expansions above this many neighbours ask which types to expand first (the supernode guard). */
export const EXPAND_PAGE = 50;

export function createExplorer({ api, store, view, onBusy, onError, onRendered }) {
  const elements = new Map(); // key → Cytoscape element JSON (nodes and edges)
  const expansions = new Map(); // expansionId → { keys, total, returned }
  let pathResult = null; // { query, paths, keys, edges }
  let queue = Promise.resolve();
  let lastVisible = new Set();

  function remember(list) {
    for (const element of list ?? []) elements.set(element.data.id, element);
  }

  async function ensureExpansion(e) {
    const id = expansionId(e);
    if (expansions.has(id)) return;
    const page = await api.neighbors(e.key, { types: e.types, direction: e.dir, limit: e.limit, skip: e.skip });
    remember(page.elements);
    const keys = page.elements.filter((el) => el.group === "nodes").map((el) => el.data.id);
    expansions.set(id, { keys, total: page.total, returned: page.returned, byType: page.byType });
  }

  async function ensurePaths(query) {
    const id = JSON.stringify(query);
    if (pathResult?.id === id) return;
    const result = await api.paths(query);
    remember(result.elements);
    pathResult = {
      id,
      result,
      keys: new Set(result.paths.flatMap((p) => p.nodes)),
      edges: new Set(result.paths.flatMap((p) => p.edges)),
    };
  }

  function visibleKeys(state) {
    const visible = new Set(state.open);
    for (const e of state.expansions) {
      visible.add(e.key);
      for (const key of expansions.get(expansionId(e))?.keys ?? []) visible.add(key);
    }
    if (state.paths && pathResult) for (const key of pathResult.keys) visible.add(key);
    for (const key of state.hidden) visible.delete(key);
    return visible;
  }

  function expansionMarks(state) {
    const expanded = new Set();
    const shown = new Map();
    const totals = new Map();
    for (const e of state.expansions) {
      const r = expansions.get(expansionId(e));
      if (!r) continue;
      expanded.add(e.key);
      const group = `${e.key}|${e.types.join(",")}|${e.dir}`;
      shown.set(group, (shown.get(group) ?? 0) + r.returned);
      totals.set(group, r.total);
    }
    const hasMore = new Set();
    for (const [group, total] of totals) if ((shown.get(group) ?? 0) < total) hasMore.add(group.split("|")[0]);
    return { expanded, hasMore };
  }

  async function reconcile({ around = null, relayout = false } = {}) {
    const state = store.get();
    await Promise.all(state.expansions.map(ensureExpansion));
    if (state.paths) await ensurePaths(state.paths);
    const visible = visibleKeys(state);
    const newKeys = [...visible].filter((k) => !lastVisible.has(k));
    const unknown = [...visible].filter((k) => !elements.has(k));
    if (newKeys.length > 0 || unknown.length > 0) {
      // Relationships among everything visible, not just those the last request happened to bring.
      const sub = await api.subgraph([...visible]);
      remember(sub.elements);
      if (sub.missing.length) onError?.(new Error(`Not found: ${sub.missing.slice(0, 5).join(", ")}${sub.missing.length > 5 ? " …" : ""}`));
    }
    const { expanded, hasMore } = expansionMarks(state);
    const added = view.sync({ elements, visible, expanded, hasMore, pinned: state.pinned });
    lastVisible = new Set([...visible].filter((k) => view.hasElement(k)));
    if (relayout || added.length > 0) {
      await view.layout(state.layout, { added: relayout ? [] : added, around, pinned: state.pinned });
    }
    onRendered?.({ state, added, pathResult: state.paths ? pathResult : null });
  }

  /** Runs one reconcile after the previous one, with a busy indicator and errors reported. */
  function schedule(options) {
    queue = queue
      .catch(() => undefined)
      .then(async () => {
        onBusy?.(true);
        try {
          await reconcile(options);
        } catch (error) {
          onError?.(error);
        } finally {
          onBusy?.(false);
        }
      });
    return queue;
  }

  return {
    elements,
    schedule,
    element: (id) => elements.get(id),
    remember,
    pathResult: () => pathResult,
    expansionResult: (e) => expansions.get(expansionId(e)),
    visibleKeys: () => [...lastVisible],

    /** Fetches the first page of a node's neighbourhood to see how big it is (no state change). */
    async probe(key) {
      const e = { key, types: [], dir: "both", limit: EXPAND_PAGE, skip: 0 };
      await ensureExpansion(e);
      return expansions.get(expansionId(e));
    },
  };
}
