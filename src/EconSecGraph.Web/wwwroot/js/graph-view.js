// The only module that touches the Cytoscape instance.
/* global cytoscape, cytoscapeFcose */

const style = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "font-size": 10,
      "text-valign": "bottom",
      "text-margin-y": 3,
      "background-color": "#8a8a8f",
      width: 18,
      height: 18,
      "min-zoomed-font-size": 6,
    },
  },
  {
    selector: "edge",
    style: {
      width: 1,
      "line-color": "#c7c7cc",
      "target-arrow-shape": "triangle",
      "target-arrow-color": "#c7c7cc",
      "curve-style": "bezier",
    },
  },
];

export function createGraphView(container) {
  if (typeof cytoscapeFcose !== "undefined") {
    cytoscape.use(cytoscapeFcose);
  }
  const cy = cytoscape({ container, style, elements: [], wheelSensitivity: 0.3 });
  window.cy = cy; // tests and power users inspect the graph from the console
  return {
    show(elements) {
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements);
      });
      cy.layout({ name: typeof cytoscapeFcose !== "undefined" ? "fcose" : "cose", animate: false }).run();
      cy.fit(undefined, 30);
    },
  };
}
