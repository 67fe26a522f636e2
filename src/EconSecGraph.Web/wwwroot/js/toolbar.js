// The canvas toolbar: layout, fit and zoom, undo/redo, export, link, edge labels and the mini-map.
import { h, render } from "./dom.js";
import { t } from "./i18n.js";
import { LAYOUTS } from "./view-state.js";
import { openMenu } from "./menu.js";

export function createToolbar(root, actions) {
  const layout = h("select", { id: "layout-select", "aria-label": t("layout") });
  layout.addEventListener("change", () => actions.layout(layout.value));
  const undo = button("undo", "↶", actions.undo);
  const redo = button("redo", "↷", actions.redo);
  const edgeLabels = h("input", { type: "checkbox", id: "edge-labels" });
  edgeLabels.addEventListener("change", () => actions.edgeLabels(edgeLabels.checked));
  const navigator = h("input", { type: "checkbox", id: "navigator-toggle" });
  navigator.addEventListener("change", () => actions.navigator(navigator.checked));
  const exportButton = h("button", { type: "button", id: "export-button", "aria-haspopup": "menu" });
  exportButton.addEventListener("click", () => {
    const r = exportButton.getBoundingClientRect();
    openMenu(
      [
        { label: t("exportPng"), action: () => actions.export("png") },
        { label: t("exportSvg"), action: () => actions.export("svg") },
        { label: t("exportViewJson"), action: () => actions.export("view") },
        { separator: true },
        { label: t("exportGraphml"), action: () => actions.export("graphml") },
        { label: t("exportCyjs"), action: () => actions.export("cyjs") },
        { label: t("exportCsv"), action: () => actions.export("csv") },
        { label: t("exportCypher"), action: () => actions.export("cypher") },
        { separator: true },
        { label: t("exportAll"), action: () => actions.export("all") },
      ],
      { x: r.left, y: r.bottom + 4 },
    );
  });
  const copy = h("button", { type: "button", id: "copy-link" });
  copy.addEventListener("click", actions.copyLink);
  const clear = h("button", { type: "button", id: "clear-canvas" });
  clear.addEventListener("click", actions.clear);
  const fit = button("fit", "⤢", actions.fit);
  const zoomIn = button("zoomIn", "+", () => actions.zoom(1.25));
  const zoomOut = button("zoomOut", "−", () => actions.zoom(0.8));

  function button(key, symbol, onclick) {
    const b = h("button", { type: "button", class: "icon", dataset: { key }, onclick }, symbol);
    return b;
  }

  function draw() {
    render(layout, ...LAYOUTS.map((name) => h("option", { value: name }, t(`layout_${name}`))));
    for (const b of [undo, redo, fit, zoomIn, zoomOut]) {
      b.title = t(b.dataset.key);
      b.setAttribute("aria-label", t(b.dataset.key));
    }
    exportButton.textContent = t("exportMenu");
    copy.textContent = t("copyLink");
    clear.textContent = t("clearCanvas");
    render(
      root,
      h("label", { for: "layout-select", class: "tb-label" }, t("layout")),
      layout,
      fit,
      zoomIn,
      zoomOut,
      h("span", { class: "tb-sep" }),
      undo,
      redo,
      h("span", { class: "tb-sep" }),
      h("label", { class: "check" }, edgeLabels, " ", t("edgeLabels")),
      h("label", { class: "check" }, navigator, " ", t("navigatorToggle")),
      h("span", { class: "tb-spacer" }),
      clear,
      copy,
      exportButton,
    );
  }

  draw();
  return {
    redraw: draw,
    set({ layoutName, canUndo, canRedo }) {
      layout.value = layoutName;
      undo.disabled = !canUndo;
      redo.disabled = !canRedo;
    },
  };
}
