// Errors and notices: shown, never swallowed. Toasts stay until dismissed when they are errors.
import { h } from "./dom.js";
import { t } from "./i18n.js";

const toasts = () => document.getElementById("toasts");

export function showError(error) {
  if (error?.name === "AbortError") return;
  console.error(error);
  const problem = error?.problem ?? {};
  const title = problem.title || t("error");
  const detail = error?.message || String(error);
  const toast = h(
    "div",
    { class: "toast error", role: "alert" },
    h("strong", {}, title),
    h("p", {}, detail),
    problem.code ? h("code", {}, problem.code) : null,
    h("button", { type: "button", class: "ghost", onclick: () => toast.remove() }, t("dismiss")),
  );
  toasts().append(toast);
}

export function showNotice(text, { timeout = 4000 } = {}) {
  const toast = h("div", { class: "toast", role: "status" }, h("p", {}, text));
  toasts().append(toast);
  setTimeout(() => toast.remove(), timeout);
}

/** The banner under the top bar, for conditions that last (seed failed, backend down). */
export function setBanner(text) {
  const banner = document.getElementById("banner");
  banner.textContent = text ?? "";
  banner.hidden = !text;
}
