// Keyboard use: "/" to search anywhere; on the canvas, arrows move the selection to the nearest node
// in that direction, Enter/E expands, C collapses, H/Delete hides, P pins, F fits, +/- zoom,
// Shift+F10 or the menu key opens the actions menu; Ctrl+Z / Ctrl+Shift+Z undo and redo.
export function bindKeyboard({ canvas, searchInput, actions }) {
  document.addEventListener("keydown", (event) => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName) || event.target.isContentEditable;
    if (event.key === "/" && !typing) {
      event.preventDefault();
      searchInput.focus();
      return;
    }
    if (typing) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z") {
      event.preventDefault();
      if (event.shiftKey) actions.redo();
      else actions.undo();
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "y") {
      event.preventDefault();
      actions.redo();
    }
  });

  canvas.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const arrows = { ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down" };
    const key = event.key;
    if (arrows[key]) actions.move(arrows[key]);
    else if (key === "Enter" || key === "e" || key === "E") actions.expand();
    else if (key === "c" || key === "C") actions.collapse();
    else if (key === "h" || key === "H" || key === "Delete" || key === "Backspace") actions.hide();
    else if (key === "p" || key === "P") actions.pin();
    else if (key === "f" || key === "F") actions.fit();
    else if (key === "+" || key === "=") actions.zoom(1.25);
    else if (key === "-") actions.zoom(0.8);
    else if (key === "ContextMenu" || (key === "F10" && event.shiftKey)) actions.menu();
    else if (key === "Escape") actions.deselect();
    else return;
    event.preventDefault();
  });
}
