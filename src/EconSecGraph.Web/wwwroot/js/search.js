// Search with suggestions as you type (ARIA combobox with a listbox). Used for the main search and
// for the path finder's end points.
import { api, isAbort } from "./api.js";
import { debounce, h, render } from "./dom.js";
import { displayName, getLang, t } from "./i18n.js";
import { labelStyle } from "./graph-style.js";

let nextId = 0;

export function createEntityPicker({ input, list, status, labelSelect, onPick, onError }) {
  const listId = list.id || `picker-list-${nextId++}`;
  list.id = listId;
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", listId);
  input.setAttribute("aria-expanded", "false");
  list.setAttribute("role", "listbox");
  let items = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const setActive = (i) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    if (i >= 0 && list.children[i]) {
      input.setAttribute("aria-activedescendant", list.children[i].id);
      list.children[i].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  };

  const pick = (item) => {
    close();
    onPick(item);
  };

  function show(response) {
    items = response.items;
    if (items.length === 0) {
      render(list, h("li", { class: "empty", role: "option", "aria-disabled": "true", id: `${listId}-empty` }, t("searchNoResults", { q: response.query })));
    } else {
      render(
        list,
        ...items.map((item, i) =>
          h(
            "li",
            { id: `${listId}-${i}`, role: "option", "aria-selected": "false", dataset: { key: item.key }, onmousedown: (e) => e.preventDefault(), onclick: () => pick(item) },
            h("span", { class: "swatch", style: `background:${labelStyle(item.kind).color}`, "aria-hidden": "true" }),
            h("span", { class: "hit-name" }, getLang() === "en" && item.nameEn ? item.nameEn : item.name),
            h("span", { class: "hit-kind" }, item.kind),
            matchNote(item) ? h("span", { class: "hit-match" }, matchNote(item)) : null,
          ),
        ),
      );
    }
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    if (status) status.textContent = items.length ? t("searchResults", { n: items.length }) : t("searchNoResults", { q: response.query });
    setActive(items.length ? 0 : -1);
  }

  const suggest = debounce(async () => {
    const text = input.value.trim();
    if (!text) {
      close();
      return;
    }
    try {
      show(await api.search(text, { labels: labelSelect?.value ? [labelSelect.value] : [], limit: 10 }));
    } catch (error) {
      if (!isAbort(error)) onError?.(error);
    }
  }, 120);

  input.addEventListener("input", suggest);
  labelSelect?.addEventListener("change", suggest);
  input.addEventListener("blur", () => setTimeout(close, 150));
  input.addEventListener("keydown", async (event) => {
    if (event.key === "ArrowDown") {
      if (list.hidden) suggest();
      else setActive(Math.min(active + 1, items.length - 1));
    } else if (event.key === "ArrowUp") {
      setActive(Math.max(active - 1, 0));
    } else if (event.key === "Enter") {
      if (!list.hidden && items[active]) pick(items[active]);
      else if (input.value.trim()) {
        try {
          const response = await api.searchOnce(input.value.trim(), { limit: 1 });
          if (response.items[0]) pick(response.items[0]);
          else show(response);
        } catch (error) {
          onError?.(error);
        }
      }
    } else if (event.key === "Escape") {
      close();
    } else {
      return;
    }
    event.preventDefault();
  });
  return { close, clear: () => ((input.value = ""), close()) };
}

function matchNote(item) {
  if (item.matchedField === "alias") return t("matchedAlias", { text: item.matchedText });
  if (item.matchedField === "nameEn" && getLang() !== "en") return t("matchedNameEn", { text: item.matchedText });
  return "";
}

/** Fills the label filter of the search box from the schema. */
export function fillLabelSelect(select, labels) {
  render(select, h("option", { value: "" }, t("allLabels")), ...labels.filter((l) => l.name !== "Entity").map((l) => h("option", { value: l.name }, `${l.name} (${l.count})`)));
}

export { displayName };
