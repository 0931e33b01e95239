// The graph view's handle for image export: where the layout put each visible party, the viewport and the world
// map's paths, read only when an export asks. Styles are not read: export draws from data with its own palette.
import type { Core } from "cytoscape";
import type { GraphHandle } from "../../export/browser/graphHandle";
import type { SceneBackdropPath } from "../../export/pure";
import type { Point } from "../../geo";

/**
 * The handle of the graph `cy` draws, with the world map paths `backdrop()` says are under it (none when no map is
 * shown). Snapshots are taken when asked for; the handle holds no copy of the graph.
 */
export function graphHandle(cy: Core, backdrop: () => readonly SceneBackdropPath[]): GraphHandle {
  return {
    snapshot: () => ({
      positions: new Map(cy.nodes(":visible").map((n): [string, Point] => [n.id(), { ...n.position() }])),
      viewport: { pan: { ...cy.pan() }, zoom: cy.zoom(), width: cy.width(), height: cy.height() },
      backdrop: backdrop(),
    }),
  };
}
