// Creating the Cytoscape instance for the graph view: stylesheet, renderer and its options, zoom bounds, and taps
// reported as selections.
import type { Core, CytoscapeOptions, EventObject } from "cytoscape";
import type { GraphDetail } from "../../export/pure";
import type { Selection } from "../../state";
import { cytoscape } from "./cytoscape";
import { type GraphRenderer, rendererOptions } from "./renderer";
import { graphStyle } from "./style";

/**
 * A graph in `container` drawn by `renderer` with the options for `detail`, reporting taps to `onSelect()` (read on
 * each tap, so the caller can swap the handler): a node selects its party, an edge its agreement, the background
 * nothing. The network's backdrop edges take no taps (see the stylesheet).
 */
export function createGraph(
  container: HTMLElement,
  detail: GraphDetail,
  renderer: GraphRenderer,
  onSelect: () => (selection: Selection) => void,
): Core {
  const cy = cytoscape({
    container,
    style: graphStyle(),
    elements: [],
    autounselectify: true,
    boxSelectionEnabled: false,
    minZoom: detail === "network" ? 0.05 : 0.15,
    maxZoom: 5,
    ...rendererOptions(detail, renderer),
  } as CytoscapeOptions);
  cy.on("tap", (event: EventObject) => {
    if (event.target === cy) onSelect()(null);
  });
  cy.on("tap", "node", (event: EventObject) => {
    onSelect()({ type: "party", id: String(event.target.data("party")) });
  });
  cy.on("tap", "edge", (event: EventObject) => {
    onSelect()({ type: "agreement", id: String(event.target.data("agreement")) });
  });
  return cy;
}
