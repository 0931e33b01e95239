// The one thing image export asks of the graph on screen: a snapshot of it as data, and its picture as the
// renderer draws it (the PNG's graph layer). The graph view provides it; export never reaches into the view.
import type { GraphSnapshot } from "../pure";

export interface GraphHandle {
  /** The visible elements with their positions and drawn styles, their bounds, the viewport and the map's paths. */
  snapshot(): GraphSnapshot;
  /**
   * The graph as PNG, as the renderer draws it without the map: the whole graph (exactly `snapshot().bounds.all`)
   * or the viewport, at `scale` image pixels per graph unit.
   */
  rasterise(options: { full: boolean; scale: number }): Blob;
}
