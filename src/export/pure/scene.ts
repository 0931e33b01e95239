// What an image export draws, as plain data: positioned nodes and edges, a legend and a caption.
// It is built from a snapshot of the graph (snapshot.ts); the SVG writer and the PNG composer only read it.
import type { Point } from "../../geo";

/** A point in graph coordinates. */
export type ScenePoint = Point;

export type SceneNodeShape = "ellipse" | "rectangle" | "round-rectangle" | "diamond" | "triangle" | "hexagon";

/** A glow drawn under an element (the highlighted route, the selection). */
export interface SceneUnderlay {
  colour: string;
  opacity: number;
  /** How far it reaches beyond the element, in graph units. */
  padding: number;
}

export interface SceneNode {
  id: string;
  label: string;
  /** Centre, in graph coordinates. */
  x: number;
  y: number;
  classes: string[];
  colour: string;
  /** Width in graph units (also the height unless `height` is given). */
  size: number;
  height?: number;
  shape?: SceneNodeShape;
  borderColour?: string;
  borderWidth?: number;
  borderDashed?: boolean;
  /** A second ring outside the border (a hub). */
  ring?: boolean;
  /** 0 to 1; faded parties are drawn lighter. */
  opacity?: number;
  labelColour?: string;
  /** Label font size in graph units. */
  labelSize?: number;
  labelBold?: boolean;
  /** Where the label sits relative to the node; below by default. */
  labelPosition?: "bottom" | "top" | "left" | "right";
  underlay?: SceneUnderlay;
}

export interface SceneEdge {
  source: string;
  target: string;
  colour: string;
  dashed: boolean;
  /** Dash pattern in graph units, used when `dashed`; absent: a pattern in proportion to the width. */
  dash?: readonly number[];
  width: number;
  /** An arrowhead at the target end. */
  arrow: boolean;
  /** A dot at the target (or source) end, marking a hub; independent of `arrow`. */
  targetDot?: boolean;
  sourceDot?: boolean;
  label?: string;
  labelBold?: boolean;
  /** Label font size in graph units. */
  labelSize?: number;
  /** Shift of the label from the middle of the edge, along and across it when `labelAlong`. */
  labelOffset?: ScenePoint;
  /** Turn the label to follow the edge. */
  labelAlong?: boolean;
  /** The drawn path: start, control points of a curve, end. Absent: a straight line between the node centres. */
  points?: ScenePoint[];
  opacity?: number;
  underlay?: SceneUnderlay;
}

/** A legend swatch; the same shape as the graph view's legend data, so that both legends agree. */
export type SceneLegendSwatch =
  | {
      type: "line";
      colour: string;
      /** Dash pattern in swatch units; null for a solid line. */
      dash: readonly number[] | null;
      width: number;
      opacity: number;
      arrow: boolean;
      halo: string | null;
    }
  | {
      type: "node";
      shape: "ellipse" | "round-rectangle";
      fill: string;
      border: string;
      ring: boolean;
    };

export interface SceneLegendItem {
  label: string;
  /** Items of one group are listed under its heading, in order of first appearance. */
  group?: string;
  swatch: SceneLegendSwatch;
}

export interface SceneCaption {
  /** The query in words, e.g. "South Korea (KOR) → Japan (JPN) · North Korean missile programme". */
  query: string;
  /** The As-of line, e.g. "As of 2017-11-19 · 2 permitted routes, 3 blocked". */
  at: string;
  /** The sources line, e.g. "Sources: Japan MOFA; ROK MND; Yonhap (fact sheet G-06, T-01)". */
  sources: string;
}

/** A shape drawn under the graph, e.g. a country of the world map, in graph coordinates. */
export interface SceneBackdropPath {
  /** Tells the paths of one backdrop apart (a country's ISO numeric code); not drawn. */
  id?: string;
  /** SVG path data. */
  d: string;
  fill: string;
  stroke?: string;
  /** In image units, whatever the zoom. */
  strokeWidth?: number;
}

export interface Scene {
  /** Drawn first, under the edges (the world map of the geographic layout). */
  backdrop?: SceneBackdropPath[];
  nodes: SceneNode[];
  edges: SceneEdge[];
  legend: SceneLegendItem[];
  caption: SceneCaption;
  background: "white" | "transparent";
  /** The part of the graph to draw (the current view); absent: everything, fitted with a margin. */
  bounds?: { x: number; y: number; width: number; height: number };
  /** Image units per graph unit (the view's zoom for a current-view export); 1 by default. */
  scale?: number;
}
