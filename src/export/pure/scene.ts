// What an image export draws, as plain data in the image's design units: the frame (title, legend, credits), the
// world map with the transform that places it, and the picture's lines, parties, route numbers and labels. The
// SVG writer only reads it; the PNG is that SVG rasterised, so both draw the same thing.
import type { Box, Point } from "../../geo";
import type { Frame } from "./frame";
import type { LineStyle, NodeStyle } from "./marks";
import type { TextLine } from "./text";

/** A point in design units. */
export type ScenePoint = Point;

/** A shape drawn under the picture, e.g. a country of the world map, in graph coordinates. */
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

export interface SceneLine {
  /** The legend marks this line shows (its role, and its agreement's kind and line style). */
  marks: string[];
  /** The route whose hop this is, for a permitted or selected route. */
  routeKey?: string;
  /** Start, the control point of a curve if any, end (where the arrowhead's base is, when it has one). */
  points: ScenePoint[];
  style: LineStyle;
  /** The arrowhead's three corners. */
  arrow?: [ScenePoint, ScenePoint, ScenePoint];
  /** Where a × marks the hop that blocks. */
  cross?: ScenePoint;
}

export interface SceneNode {
  id: string;
  marks: string[];
  x: number;
  y: number;
  /** Half width and half height: a circle for a state, a wider rounded box for an organisation. */
  rx: number;
  ry: number;
  organisation: boolean;
  /** A ring around a hub. */
  ring: boolean;
  style: NodeStyle;
}

/** A route's number in a circle on each of its hops. */
export interface SceneBadge {
  x: number;
  y: number;
  r: number;
  text: string;
  routeKey: string;
  /** Lighter for a route drawn lighter. */
  opacity: number;
}

/**
 * A short hop's region drawn again, enlarged, in a framed box in a corner of the picture (inset.ts). Its lines,
 * parties, numbers and names are in image units, drawn clipped to `map`; the world map under them is the scene's
 * backdrop placed by `backdrop`.
 */
export interface SceneInset {
  /** The whole box: the enlarged map and, under it, the caption's band. */
  box: Box;
  map: Box;
  /** The part of the picture it enlarges, outlined there, and how many times larger it draws it. */
  region: Box;
  zoom: number;
  /** From the outline of the region to the box. */
  leader: [ScenePoint, ScenePoint];
  backdrop: { scale: number; offset: ScenePoint };
  lines: SceneLine[];
  nodes: SceneNode[];
  badges: SceneBadge[];
  labels: TextLine[];
  /** "Enlarged: South Korea – Japan". */
  caption: TextLine;
}

export interface Scene {
  frame: Frame;
  background: "white" | "transparent";
  /** The world map under the picture and where it goes: graph point p lands at p × scale + offset. */
  backdrop?: { paths: readonly SceneBackdropPath[]; scale: number; offset: ScenePoint };
  lines: SceneLine[];
  nodes: SceneNode[];
  badges: SceneBadge[];
  /** Party names and agreement names, drawn with a white halo. */
  labels: TextLine[];
  /** A short hop's region enlarged, when the picture has one. */
  inset?: SceneInset;
  /** The title and description a document carries for search and screen readers. */
  title: string;
  description: string;
}
