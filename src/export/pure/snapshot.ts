// The graph as image export sees it: plain data taken from the view (the visible elements with their positions and
// drawn styles, their bounds, the viewport and the world map under them), and the scene an image is drawn from.
// Nothing here touches the view, so the same scene can be built wherever a snapshot comes from.
import type { Box } from "../../geo";
import type {
  Scene,
  SceneBackdropPath,
  SceneCaption,
  SceneEdge,
  SceneLegendItem,
  SceneNode,
  ScenePoint,
} from "./scene";

/** A box in graph coordinates with its width and height, as Cytoscape measures one. */
export interface MeasuredBox extends Box {
  w: number;
  h: number;
}

/** What the view shows of the graph: pan (graph origin in pixels), zoom, and its size in pixels. */
export interface Viewport {
  pan: ScenePoint;
  zoom: number;
  width: number;
  height: number;
}

export interface GraphSnapshot {
  /** The visible nodes and edges as drawn. */
  nodes: SceneNode[];
  edges: SceneEdge[];
  /** Bounding boxes, labels included: of every element (what a whole-graph picture of the view covers) and of the
   * visible ones. */
  bounds: { all: MeasuredBox; visible: MeasuredBox };
  viewport: Viewport;
  /** The world map under the graph as the view draws it (mapBackdrop), or nothing when it shows none. */
  backdrop: readonly SceneBackdropPath[];
}

export interface SceneOptions {
  /** The whole graph (default) or only what the viewport shows. */
  full?: boolean;
  background?: "white" | "transparent";
  legend?: readonly SceneLegendItem[];
  caption: SceneCaption;
}

/** The part of the graph the viewport shows, in graph coordinates (as Cytoscape computes its extent). */
export function viewportExtent(viewport: Viewport): MeasuredBox {
  const { pan, zoom, width, height } = viewport;
  const x1 = (0 - pan.x) / zoom;
  const x2 = (width - pan.x) / zoom;
  const y1 = (0 - pan.y) / zoom;
  const y2 = (height - pan.y) / zoom;
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

/** True when the snapshot has nothing visible to draw. */
export function isEmptySnapshot(snapshot: GraphSnapshot): boolean {
  return snapshot.nodes.length === 0 && snapshot.edges.length === 0;
}

/**
 * The scene of a snapshot: its visible nodes and edges, the world map when there is one, the legend and caption
 * given. The whole graph is framed with a margin; with `full: false` the scene is cut to the viewport and drawn at
 * its zoom, as large as it is on screen. An empty snapshot gives a scene with no nodes and no bounds.
 */
export function sceneOf(snapshot: GraphSnapshot, options: SceneOptions): Scene {
  const scene: Scene = {
    backdrop: [...snapshot.backdrop],
    nodes: snapshot.nodes,
    edges: snapshot.edges,
    legend: [...(options.legend ?? [])],
    caption: options.caption,
    background: options.background ?? "white",
  };
  const full = options.full ?? true;
  const box = full ? snapshot.bounds.visible : viewportExtent(snapshot.viewport);
  if (box.w > 0 && box.h > 0) {
    const margin = full ? 16 : 0;
    scene.bounds = {
      x: box.x1 - margin,
      y: box.y1 - margin,
      width: box.w + 2 * margin,
      height: box.h + 2 * margin,
    };
  }
  if (!full) scene.scale = snapshot.viewport.zoom;
  return scene;
}
