// The graph as image export sees it in the explorer: plain data handed over by the view (where the layout put each
// visible party, the viewport, the world map's paths). Nothing here touches the view.
import type { Box, PartyLabel, Point } from "../../geo";
import type { ImageArea } from "./compose";
import type { SceneBackdropPath } from "./scene";

/** What the view shows of the graph: pan (graph origin in pixels), zoom, and its size in pixels. */
export interface Viewport {
  pan: Point;
  zoom: number;
  width: number;
  height: number;
}

export interface GraphSnapshot {
  /** Where each visible party is, in graph coordinates. */
  positions: ReadonlyMap<string, Point>;
  viewport: Viewport;
  /** The world map under the graph as the view draws it (mapBackdrop), or nothing when it shows none. */
  backdrop: readonly SceneBackdropPath[];
  /** Where the view put each party's name (partyLabels, graph units), for the image to put them there too. */
  labels?: ReadonlyMap<string, PartyLabel>;
}

/** The part of the graph the viewport shows, in graph coordinates. */
export function viewportExtent(viewport: Viewport): Box {
  const { pan, zoom, width, height } = viewport;
  return { x1: -pan.x / zoom, y1: -pan.y / zoom, x2: (width - pan.x) / zoom, y2: (height - pan.y) / zoom };
}

/** The area of an image of `snapshot`: every visible party (`full`), or what the viewport shows at its zoom. */
export function areaOf(snapshot: GraphSnapshot, full: boolean): ImageArea {
  return full
    ? { kind: "whole" }
    : { kind: "view", box: viewportExtent(snapshot.viewport), zoom: snapshot.viewport.zoom };
}

/** True when the snapshot has no party to draw. */
export function isEmptySnapshot(snapshot: GraphSnapshot): boolean {
  return snapshot.positions.size === 0;
}
