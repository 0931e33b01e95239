// The graph view's handle for image export: where the layout put each visible party, the viewport, the world map's
// paths and where the parties' names were placed, read only when an export asks. Styles are not read: export draws
// from data with its own palette.
import type { Core } from "cytoscape";
import type { GraphHandle } from "../../export/browser/graphHandle";
import type { SceneBackdropPath } from "../../export/pure";
import type { PartyLabel, Point } from "../../geo";

/** What the view draws around Cytoscape's nodes: the map under them, and the places of the parties' names. */
export interface Drawn {
  backdrop: readonly SceneBackdropPath[];
  labels: ReadonlyMap<string, PartyLabel>;
}

/**
 * The handle of the graph `cy` draws, with the map paths and name places `drawn()` gives (no paths when no map is
 * shown). Snapshots are taken when asked for; the handle holds no copy of the graph.
 */
export function graphHandle(cy: Core, drawn: () => Drawn): GraphHandle {
  return {
    snapshot: () => {
      const { backdrop, labels } = drawn();
      return {
        positions: new Map(cy.nodes(":visible").map((n): [string, Point] => [n.id(), { ...n.position() }])),
        viewport: { pan: { ...cy.pan() }, zoom: cy.zoom(), width: cy.width(), height: cy.height() },
        backdrop,
        labels,
      };
    },
  };
}
