// Composition root: builds the store, the canvas, the panels and the console, and wires them.
import { api } from "./api.js";
import { $, download, h, render } from "./dom.js";
import { apply, displayName, getLang, guessLang, onLangChange, setLang, t } from "./i18n.js";
import { createStore } from "./view-state.js";
import { fromSearch, toSearch } from "./url-state.js";
import { createGraphView } from "./graph-view.js";
import { createExplorer, EXPAND_PAGE } from "./explorer.js";
import { createEntityPicker, fillLabelSelect } from "./search.js";
import { createDetails } from "./details.js";
import { createPathsPanel } from "./paths.js";
import { createFiltersPanel, filterTest } from "./filters.js";
import { createTimelinePanel } from "./timeline-panel.js";
import { createConsole } from "./console.js";
import { createToolbar } from "./toolbar.js";
import { bindKeyboard } from "./keyboard.js";
import { openMenu } from "./menu.js";
import { setBanner, showError, showNotice } from "./notify.js";
import { bindTabs } from "./tabs.js";
import { openExpandDialog, openHelpDialog } from "./dialogs.js";

const initial = fromSearch(location.search);
setLang(initial.lang ?? guessLang());
const store = createStore(initial.state);
let renders = 0;

const view = createGraphView($("#cy"), {
  onSelect: (selection) => select(selection),
  onExpand: (key) => expand(key),
  onMenu: (target, position) => {
    const rect = $("#cy").getBoundingClientRect();
    if (target.kind === "node") select(target);
    nodeMenu(target, { x: rect.left + position.x, y: rect.top + position.y });
  },
  onMoved: (key, position) => store.update((s) => (s.pinned[key] = [position.x, position.y]), { reason: "pin" }),
});

const explorer = createExplorer({
  api,
  store,
  view,
  onBusy: (busy) => {
    $("#canvas-loading").hidden = !busy;
    document.body.dataset.busy = String(busy);
  },
  onError: showError,
  onRendered: afterRender,
});

const nameOf = (key) => {
  const data = view.nodeData(key) ?? explorer.element(key)?.data;
  return data ? displayName(data) : key;
};

// --- panels -------------------------------------------------------------------------------------
const details = createDetails($("#details"), {
  onExpandType: (key, type, direction) => expand(key, { types: [type], dir: direction }),
  onError: showError,
});
const filters = createFiltersPanel($("#panel-filters"), $("#legend"), {
  onChange: (next) => store.update((s) => (s.filters = next), { reason: "filters" }),
});
const paths = createPathsPanel($("#panel-paths"), {
  getSelectedNode: () => (store.get().selected?.kind === "node" ? store.get().selected.id : null),
  nameOf,
  onSubmit: (query) => store.update((s) => (s.paths = query), { reason: "paths" }),
  onHighlight: (path) => view.highlight(path.nodes, path.edges),
  onError: showError,
});
const timeline = createTimelinePanel($("#panel-timeline"), {
  onOpen: (keys) => open(keys, { select: keys.length === 1 ? keys[0] : null }),
  onError: showError,
});
const cypherConsole = createConsole($("#console"), {
  onGraph: (elements) => {
    explorer.remember(elements);
    open(elements.filter((e) => e.group === "nodes").map((e) => e.data.id));
  },
  onError: showError,
});
createEntityPicker({
  input: $("#search-input"),
  list: $("#search-list"),
  status: $("#search-status"),
  labelSelect: $("#search-label"),
  onPick: (item) => {
    $("#search-input").value = "";
    open([item.key], { select: item.key });
  },
  onError: showError,
});
const toolbar = createToolbar($("#toolbar"), {
  layout: (name) => store.update((s) => (s.layout = name), { reason: "layout" }),
  fit: () => view.fit(),
  zoom: (factor) => view.zoomBy(factor),
  undo: () => store.undo(),
  redo: () => store.redo(),
  edgeLabels: (on) => view.setEdgeLabels(on),
  navigator: (on) => {
    $("#navigator").hidden = !on;
    view.setNavigator(on, $("#navigator"));
  },
  export: exportAs,
  copyLink: async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      showNotice(t("linkCopied"));
    } catch {
      showNotice(location.href, { timeout: 10000 });
    }
  },
  clear: () => store.update((s) => Object.assign(s, { open: [], expansions: [], hidden: [], pinned: {}, selected: null, paths: null }), { reason: "clear" }),
});
bindTabs($("#left-tabs"));
bindKeyboard({
  canvas: $("#cy"),
  searchInput: $("#search-input"),
  actions: {
    undo: () => store.undo(),
    redo: () => store.redo(),
    move: (direction) => {
      const current = selectedNode() ?? view.visibleNodeKeys()[0];
      const next = current && (selectedNode() ? view.neighborInDirection(current, direction) : current);
      if (next) select({ kind: "node", id: next }, { center: true });
    },
    expand: () => selectedNode() && expand(selectedNode()),
    collapse: () => selectedNode() && collapse(selectedNode()),
    hide: () => selectedNode() && hide(selectedNode()),
    pin: () => selectedNode() && togglePin(selectedNode()),
    fit: () => view.fit(),
    zoom: (f) => view.zoomBy(f),
    menu: () => {
      const key = selectedNode();
      if (!key) return;
      const p = view.renderedPositionOf(key);
      const rect = $("#cy").getBoundingClientRect();
      nodeMenu({ kind: "node", id: key }, { x: rect.left + p.x, y: rect.top + p.y });
    },
    deselect: () => select(null),
  },
});
$("#lang-button").addEventListener("click", () => setLang(getLang() === "ja" ? "en" : "ja"));
$("#help-button").addEventListener("click", () => openHelpDialog());
onLangChange(() => {
  $("#lang-button").textContent = getLang() === "ja" ? "English" : "日本語";
  toolbar.redraw();
  filters.redraw();
  cypherConsole.redraw();
  view.setCaptionLanguage(getLang());
  details.refresh();
  syncUrl();
  afterRender({ state: store.get(), added: [], pathResult: store.get().paths ? explorer.pathResult() : null });
});
$("#lang-button").textContent = getLang() === "ja" ? "English" : "日本語";
view.setCaptionLanguage(getLang());

// --- actions ------------------------------------------------------------------------------------
const selectedNode = () => (store.get().selected?.kind === "node" ? store.get().selected.id : null);

function open(keys, { select: selected = null } = {}) {
  store.update(
    (s) => {
      for (const key of keys) {
        if (!s.open.includes(key)) s.open.push(key);
        s.hidden = s.hidden.filter((k) => k !== key);
      }
      if (selected) s.selected = { kind: "node", id: selected };
    },
    { reason: "open" },
  );
}

async function expand(key, { types = [], dir = "both" } = {}) {
  try {
    if (types.length === 0) {
      const probe = await explorer.probe(key);
      if (probe.total > EXPAND_PAGE) {
        const choice = await openExpandDialog({ name: nameOf(key), total: probe.total, byType: probe.byType, page: EXPAND_PAGE });
        if (!choice) return;
        types = choice.types;
      }
    }
    addExpansion(key, types, dir);
  } catch (error) {
    showError(error);
  }
}

/** Adds the next page of an expansion (the first, or "more" when one is already shown). */
function addExpansion(key, types, dir) {
  store.update(
    (s) => {
      const same = (e) => e.key === key && e.types.join(",") === types.join(",") && e.dir === dir;
      const pages = s.expansions.filter(same);
      if (pages.length && !hasMoreFor(pages)) return;
      s.expansions.push({ key, types, dir, limit: EXPAND_PAGE, skip: pages.length * EXPAND_PAGE });
    },
    { reason: "expand" },
  );
}

function hasMoreFor(pages) {
  const shown = pages.reduce((n, e) => n + (explorer.expansionResult(e)?.returned ?? 0), 0);
  const total = explorer.expansionResult(pages[0])?.total ?? 0;
  return shown < total;
}

function collapse(key) {
  store.update((s) => (s.expansions = s.expansions.filter((e) => e.key !== key)), { reason: "collapse" });
}

function hide(key) {
  store.update(
    (s) => {
      s.hidden.push(key);
      if (s.selected?.id === key) s.selected = null;
    },
    { reason: "hide" },
  );
}

function togglePin(key) {
  store.update(
    (s) => {
      if (s.pinned[key]) delete s.pinned[key];
      else {
        const p = view.positionOf(key);
        s.pinned[key] = [p.x, p.y];
      }
    },
    { reason: "pin" },
  );
}

function showOnly(key) {
  store.update((s) => Object.assign(s, { open: [key], expansions: [], hidden: [], paths: null, selected: { kind: "node", id: key } }), { reason: "open" });
}

function select(selection, { center = false } = {}) {
  store.update((s) => (s.selected = selection), { undoable: false, reason: "select" });
  if (selection?.kind === "node") view.focusNode(selection.id, { center });
}

function nodeMenu(target, position) {
  if (target.kind !== "node") return;
  const key = target.id;
  const pinned = Boolean(store.get().pinned[key]);
  const expanded = store.get().expansions.some((e) => e.key === key);
  openMenu(
    [
      { label: t("expand"), action: () => expand(key) },
      { label: `${t("expand")}…`, action: () => expandByTypeDialog(key) },
      { label: t("collapse"), action: () => collapse(key), disabled: !expanded },
      { label: t("hide"), action: () => hide(key) },
      { label: pinned ? t("unpin") : t("pin"), action: () => togglePin(key) },
      { label: t("showOnly"), action: () => showOnly(key) },
      { separator: true },
      { label: t("pathFrom"), action: () => (paths.setEnd("from", key), $("#tab-paths").click()) },
      { label: t("pathTo"), action: () => (paths.setEnd("to", key), $("#tab-paths").click()) },
    ],
    position,
  );
}

async function expandByTypeDialog(key) {
  try {
    const probe = await explorer.probe(key);
    const choice = await openExpandDialog({ name: nameOf(key), total: probe.total, byType: probe.byType, page: EXPAND_PAGE, force: true });
    if (choice) addExpansion(key, choice.types, "both");
  } catch (error) {
    showError(error);
  }
}

async function exportAs(format) {
  try {
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "");
    if (format === "png") return download(await view.png(), `econsecgraph-${stamp}.png`);
    if (format === "svg") {
      const svg = view.svg();
      if (!svg) throw new Error("SVG export is not available (cytoscape-svg did not load).");
      return download(svg, `econsecgraph-${stamp}.svg`);
    }
    if (format === "view") {
      const body = JSON.stringify({ url: location.href, state: store.get(), elements: view.json() }, null, 2);
      return download(new Blob([body], { type: "application/json" }), `econsecgraph-view-${stamp}.json`);
    }
    if (format === "all") return download(api.exportUrl("graphml"), `econsecgraph-${stamp}.graphml`);
    const { blob, name } = await api.exportSubgraph(format, view.visibleNodeKeys());
    download(blob, name);
  } catch (error) {
    showError(error);
  }
}

// --- state → screen -----------------------------------------------------------------------------
function syncUrl() {
  history.replaceState(null, "", `${location.pathname}${toSearch(store.get(), getLang())}`);
}

let lastSelection = null;
function afterRender({ state, pathResult }) {
  const hidden = view.applyFilters(filterTest(state.filters));
  filters.set(state.filters);
  filters.drawLegend(view.kindsOnCanvas());
  toolbar.set({ layoutName: state.layout, canUndo: store.canUndo(), canRedo: store.canRedo() });
  if (pathResult) {
    view.highlight([...pathResult.keys], [...pathResult.edges]);
    paths.show(state.paths, pathResult);
  } else {
    view.clearHighlight();
    paths.show(null, null);
  }
  showSelection(state.selected);
  const counts = view.counts();
  $("#status").textContent = t("status", counts) + (hidden ? t("statusFiltered", { hidden }) : "");
  drawEmpty(counts.nodes === 0 && view.visibleNodeKeys().length === 0);
  document.body.dataset.renders = String(++renders);
}

function showSelection(selection) {
  const same = JSON.stringify(selection) === JSON.stringify(lastSelection);
  const onCanvas = selection ? view.select(selection) : view.select(null);
  if (same) return;
  lastSelection = selection;
  if (!selection) return details.clear();
  if (selection.kind === "node") return details.showNode(selection.id);
  if (onCanvas) {
    const data = view.nodeData(selection.id) ?? explorer.element(selection.id)?.data;
    if (data) details.showEdge({ ...data, sourceName: nameOf(data.source), targetName: nameOf(data.target) });
  }
}

function drawEmpty(empty) {
  const el = $("#canvas-empty");
  el.hidden = !empty;
  if (!empty) return;
  const examples = ["防衛装備庁", "経済安全保障推進法", "千人計画", "ATLA"];
  render(
    el,
    h("h2", {}, t("emptyTitle")),
    h("p", {}, t("emptyText")),
    h("div", { class: "chips" }, ...examples.map((q) => h("button", { type: "button", class: "chip", onclick: () => openFirst(q) }, q))),
    h("button", { type: "button", class: "ghost", id: "show-overview", onclick: showOverview }, t("emptyTryOverview")),
  );
}

async function openFirst(text) {
  try {
    const result = await api.searchOnce(text, { limit: 1 });
    if (result.items[0]) open([result.items[0].key], { select: result.items[0].key });
  } catch (error) {
    showError(error);
  }
}

async function showOverview() {
  try {
    const overview = await api.overview(300);
    explorer.remember(overview.elements);
    open(overview.elements.filter((e) => e.group === "nodes").map((e) => e.data.id));
  } catch (error) {
    showError(error);
  }
}

store.subscribe((state, reason) => {
  syncUrl();
  if (reason === "select") {
    showSelection(state.selected);
    toolbar.set({ layoutName: state.layout, canUndo: store.canUndo(), canRedo: store.canRedo() });
    return;
  }
  if (reason === "filters") {
    afterRender({ state, pathResult: state.paths ? explorer.pathResult() : null });
    return;
  }
  const around = reason === "expand" ? state.expansions.at(-1)?.key : null;
  explorer.schedule({ around, relayout: reason === "layout" || reason === "undo" || reason === "redo" || reason === "load" });
});

// --- start --------------------------------------------------------------------------------------
async function start() {
  apply(document);
  try {
    const health = await api.health();
    if (health.seed?.startsWith?.("failed")) setBanner(`Seed: ${health.seed}`);
  } catch (error) {
    setBanner(error.problem?.error ? `${error.problem.backend}: ${error.problem.error}` : error.message);
  }
  try {
    const schema = await api.schema();
    filters.setSchema(schema);
    paths.setTypes(schema.relationshipTypes);
    fillLabelSelect($("#search-label"), schema.labels);
  } catch (error) {
    showError(error);
  }
  await explorer.schedule({ relayout: true });
  document.body.dataset.ready = "true";
}

start();
