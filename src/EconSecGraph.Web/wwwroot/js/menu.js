// An accessible action menu (role=menu, arrow keys, Enter, Escape) for the canvas's context menu
// and the keyboard's menu key. Items are built with textContent, so type names from the graph are safe.
import { h, render } from "./dom.js";

let restoreFocus = null;

export function openMenu(items, position) {
  const menu = document.getElementById("menu");
  restoreFocus = document.activeElement;
  const buttons = items
    .filter(Boolean)
    .map((item) =>
      item.separator
        ? h("div", { role: "separator", class: "menu-sep" })
        : h(
            "button",
            {
              type: "button",
              role: "menuitem",
              tabindex: "-1",
              disabled: item.disabled,
              onclick: () => {
                closeMenu();
                item.action();
              },
            },
            item.label,
          ),
    );
  render(menu, ...buttons);
  menu.hidden = false;
  const { innerWidth, innerHeight } = window;
  const rect = menu.getBoundingClientRect();
  menu.style.left = `${Math.min(position.x, innerWidth - rect.width - 8)}px`;
  menu.style.top = `${Math.min(position.y, innerHeight - rect.height - 8)}px`;
  const focusable = () => [...menu.querySelectorAll("[role=menuitem]:not([disabled])")];
  focusable()[0]?.focus();
  menu.onkeydown = (event) => {
    const list = focusable();
    const i = list.indexOf(document.activeElement);
    if (event.key === "ArrowDown") list[(i + 1) % list.length]?.focus();
    else if (event.key === "ArrowUp") list[(i - 1 + list.length) % list.length]?.focus();
    else if (event.key === "Home") list[0]?.focus();
    else if (event.key === "End") list[list.length - 1]?.focus();
    else if (event.key === "Escape" || event.key === "Tab") closeMenu();
    else return;
    event.preventDefault();
  };
  setTimeout(() => document.addEventListener("pointerdown", outside, { once: true }), 0);
}

function outside(event) {
  const menu = document.getElementById("menu");
  if (!menu.contains(event.target)) closeMenu(false);
  else document.addEventListener("pointerdown", outside, { once: true });
}

export function closeMenu(refocus = true) {
  const menu = document.getElementById("menu");
  if (menu.hidden) return;
  menu.hidden = true;
  if (refocus) restoreFocus?.focus?.();
}
