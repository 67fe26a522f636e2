// DOM helpers. Data is only ever written with textContent or attributes, never as HTML.

/** Builds an element: h("a", { href, class: "x", onclick }, "text", child, …). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value);
    } else if (key === "class") {
      el.className = value;
    } else if (key === "dataset") {
      Object.assign(el.dataset, value);
    } else if (value === true) {
      el.setAttribute(key, "");
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** Replaces an element's children. */
export function render(el, ...children) {
  clear(el);
  append(el, children);
  return el;
}

/** Calls fn at most once per `ms`, with the latest arguments. */
export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** Starts a download of a Blob or data URL under `filename`. */
export function download(data, filename) {
  const url = typeof data === "string" ? data : URL.createObjectURL(data);
  const a = h("a", { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  if (typeof data !== "string") setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A link to an outside page: new tab, no opener, no referrer; only http(s) URLs become links. */
export function externalLink(url, text) {
  if (!/^https?:\/\//i.test(url ?? "")) return h("span", {}, text);
  return h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, text);
}
