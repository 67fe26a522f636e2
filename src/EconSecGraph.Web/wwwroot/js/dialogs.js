// Modal dialogs (native <dialog>: focus stays inside, Escape closes): the supernode guard before an
// expansion, and the keyboard help.
import { h, render } from "./dom.js";
import { t } from "./i18n.js";

/** Asks which relationship types to expand; resolves to { types } or null when cancelled. */
export function openExpandDialog({ name, total, byType, page, force = false }) {
  const dialog = document.getElementById("dialog");
  const counts = new Map();
  for (const c of byType) counts.set(c.type, (counts.get(c.type) ?? 0) + c.count);
  const boxes = [...counts.entries()].map(([type, n]) => h("input", { type: "checkbox", value: type, "data-count": n }));
  return new Promise((resolve) => {
    const finish = (value) => {
      dialog.close();
      resolve(value);
    };
    render(
      dialog,
      h(
        "form",
        { method: "dialog", class: "stack", id: "expand-dialog", onsubmit: (event) => {
          event.preventDefault();
          const types = boxes.filter((b) => b.checked).map((b) => b.value);
          finish(types.length ? { types } : null);
        } },
        h("h2", {}, force ? `${t("expand")}: ${name}` : t("supernodeWarning", { name, total })),
        h("fieldset", { class: "checks" }, h("legend", {}, t("typesFilter")), ...boxes.map((box) => h("label", { class: "check" }, box, ` ${box.value} `, h("span", { class: "muted" }, `(${box.dataset.count})`)))),
        h(
          "div",
          { class: "row" },
          h("button", { type: "submit", class: "primary" }, t("expand")),
          h("button", { type: "button", id: "expand-first", onclick: () => finish({ types: [] }) }, t("expandFirst", { n: page })),
          h("button", { type: "button", class: "ghost", onclick: () => finish(null) }, t("cancel")),
        ),
      ),
    );
    dialog.onclose = () => resolve(null);
    dialog.showModal();
    boxes[0]?.focus();
  });
}

export function openHelpDialog() {
  const dialog = document.getElementById("dialog");
  render(
    dialog,
    h("h2", {}, t("keyboardHelp")),
    h("ul", {}, ...["kbSearch", "kbArrows", "kbEnter", "kbCollapse", "kbMenu", "kbUndo", "kbFit"].map((k) => h("li", {}, t(k)))),
    h("form", { method: "dialog" }, h("button", { class: "primary" }, t("close"))),
  );
  dialog.onclose = null;
  dialog.showModal();
}
