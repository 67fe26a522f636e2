// ARIA tabs: arrow keys move between tabs, the selected tab's panel is shown.
export function bindTabs(tablist) {
  const tabs = [...tablist.querySelectorAll("[role=tab]")];
  const choose = (tab) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute("aria-selected", String(selected));
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute("aria-controls")).hidden = !selected;
    }
  };
  for (const tab of tabs) {
    tab.addEventListener("click", () => choose(tab));
    tab.addEventListener("keydown", (event) => {
      const i = tabs.indexOf(tab);
      const next = event.key === "ArrowRight" ? tabs[(i + 1) % tabs.length] : event.key === "ArrowLeft" ? tabs[(i - 1 + tabs.length) % tabs.length] : null;
      if (!next) return;
      event.preventDefault();
      choose(next);
      next.focus();
    });
  }
}
