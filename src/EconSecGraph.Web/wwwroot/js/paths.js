// The path finder: two entities, shortest / all shortest / k paths, which relationship types count;
// results listed step by step, highlighted on the canvas.
import { createEntityPicker } from "./search.js";
import { h, render } from "./dom.js";
import { t } from "./i18n.js";

/** Relationship types that record where a fact came from, not how things relate. */
export const PROVENANCE_TYPES = ["REPORTS", "MENTIONS", "CITES", "PUBLISHED_BY", "AUTHORED_BY", "BASED_ON", "PART_OF_SERIES"];

export function createPathsPanel(panel, { getSelectedNode, nameOf, onSubmit, onHighlight, onError }) {
  let types = [];
  const ends = { from: null, to: null };

  const endField = (which) => {
    const input = h("input", { type: "search", id: `path-${which}`, autocomplete: "off", placeholder: t("pickEntity") });
    const list = h("ul", { class: "search-list", id: `path-${which}-list`, hidden: true });
    const chosen = h("p", { class: "chosen", id: `path-${which}-chosen`, "aria-live": "polite" });
    const use = h("button", { type: "button", class: "ghost small", onclick: () => {
      const key = getSelectedNode();
      if (key) set(which, { key, name: nameOf(key) });
    } }, t("useSelected"));
    createEntityPicker({ input, list, onPick: (item) => set(which, { key: item.key, name: item.name }), onError });
    const field = h("div", { class: "field picker" }, h("label", { for: input.id }, t(which)), input, list, chosen, use);
    field.chosen = chosen;
    field.input = input;
    return field;
  };

  const fromField = endField("from");
  const toField = endField("to");
  const fields = { from: fromField, to: toField };
  function set(which, value) {
    ends[which] = value;
    fields[which].chosen.textContent = value ? `✓ ${value.name} (${value.key})` : "";
    fields[which].input.value = "";
  }

  const mode = h("select", { id: "path-mode" }, ...["shortest", "allShortest", "k"].map((m) => h("option", { value: m }, t(`mode_${m}`))));
  const k = h("input", { type: "number", id: "path-k", min: 1, max: 50, value: 5 });
  const maxLength = h("input", { type: "number", id: "path-max", min: 1, max: 15, value: 6 });
  const skipProvenance = h("input", { type: "checkbox", id: "path-skip-prov", checked: true });
  const typeBox = h("div", { class: "type-box", id: "path-types" });
  const results = h("div", { class: "path-results", id: "path-results", "aria-live": "polite" });
  const submit = h("button", { type: "submit", class: "primary", id: "path-find" }, t("findPaths"));

  const form = h(
    "form",
    { class: "stack", onsubmit: (event) => {
      event.preventDefault();
      if (!ends.from || !ends.to) {
        onError?.(new Error(`${t("from")} / ${t("to")}?`));
        return;
      }
      const chosen = [...typeBox.querySelectorAll("input:checked")].map((c) => c.value);
      const all = chosen.length === types.length && !skipProvenance.checked;
      onSubmit({ from: ends.from.key, to: ends.to.key, mode: mode.value, k: +k.value || 5, maxLength: +maxLength.value || 6, types: all ? [] : chosen });
    } },
    fromField,
    toField,
    h("div", { class: "field" }, h("label", { for: "path-mode" }, t("mode")), mode),
    h("div", { class: "field row" }, h("label", { for: "path-k" }, t("k")), k, h("label", { for: "path-max" }, t("maxLength")), maxLength),
    h("div", { class: "field" }, h("label", {}, skipProvenance, " ", t("excludeProvenance"))),
    h("details", { class: "field" }, h("summary", {}, t("relTypes")), typeBox),
    submit,
  );
  skipProvenance.addEventListener("change", () => syncTypeBoxes());
  render(panel, form, results);

  function syncTypeBoxes() {
    for (const box of typeBox.querySelectorAll("input")) box.checked = !(skipProvenance.checked && PROVENANCE_TYPES.includes(box.value));
  }

  return {
    setTypes(list) {
      types = list.map((x) => x.name);
      render(typeBox, ...types.map((type) => h("label", { class: "check" }, h("input", { type: "checkbox", value: type }), " ", type)));
      syncTypeBoxes();
    },
    setEnd(which, key) {
      set(which, { key, name: nameOf(key) });
    },
    /** Shows the query's parameters (from a URL) and the results. */
    show(query, outcome) {
      if (query) {
        if (!ends.from || ends.from.key !== query.from) set("from", { key: query.from, name: nameOf(query.from) });
        if (!ends.to || ends.to.key !== query.to) set("to", { key: query.to, name: nameOf(query.to) });
        mode.value = query.mode;
        k.value = query.k;
        maxLength.value = query.maxLength;
        if (query.types.length) {
          for (const box of typeBox.querySelectorAll("input")) box.checked = query.types.includes(box.value);
          skipProvenance.checked = PROVENANCE_TYPES.every((p) => !query.types.includes(p));
        }
      }
      if (!outcome) {
        render(results);
        return;
      }
      const { paths, maxLength: max, truncated } = outcome.result;
      if (paths.length === 0) {
        render(results, h("p", { class: "muted", id: "path-none" }, t("noPaths", { max })));
        return;
      }
      render(
        results,
        h("ol", { class: "path-list" }, ...paths.map((path, i) => pathItem(path, i, nameOf, outcome, onHighlight))),
        truncated ? h("p", { class: "muted" }, "…") : null,
      );
    },
  };
}

function pathItem(path, i, nameOf, outcome, onHighlight) {
  const steps = [];
  path.nodes.forEach((key, j) => {
    steps.push(h("li", { class: "step-node" }, nameOf(key)));
    if (j < path.edges.length) {
      const edgeId = path.edges[j];
      const edge = outcome.result.elements.find((e) => e.data.id === edgeId);
      const forward = edge?.data.source === key;
      steps.push(h("li", { class: "step-edge" }, forward ? `—[${edge?.data.type}]→` : `←[${edge?.data.type}]—`));
    }
  });
  return h(
    "li",
    { class: "path-item" },
    h("button", { type: "button", class: "link-button", onclick: () => onHighlight(path) }, t("pathN", { i: i + 1, len: path.length })),
    h("ol", { class: "steps" }, ...steps),
  );
}
