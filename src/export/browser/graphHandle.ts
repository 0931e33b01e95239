// The one thing image export asks of the graph on screen: a snapshot of it as data (where each visible party is,
// the viewport, the world map under it). The graph view provides it; export never reaches into the view.
import type { GraphSnapshot } from "../pure";

export interface GraphHandle {
  /** The visible parties' positions, the viewport and the map's paths. */
  snapshot(): GraphSnapshot;
}
