// The one path from data to an image's scene, for the explorer and the command line alike: the picture of the
// answer (picture.ts) at the layout's positions, fitted into the frame, with the legend of what it shows.
import type { Box, Point } from "../../geo";
import { routeKey } from "../../routing";
import { type Caption, captionFor } from "./caption";
import { type Frame, layoutFrame } from "./frame";
import { hopGeometry, lineSamples } from "./geometry";
import { type ImageSize, targetOf } from "./imageSize";
import { placeLabels } from "./labels";
import { legendOf, nodeStyle, ORGANISATION_WIDTH } from "./marks";
import { type Picture, type PictureInput, pictureOf } from "./picture";
import type { Scene, SceneBackdropPath, SceneNode } from "./scene";

/** The part of the graph an image shows: every placed party, or the box a view shows at its zoom. */
export type ImageArea = { kind: "whole" } | { kind: "view"; box: Box; zoom: number };

export interface ImageInput extends Omit<PictureInput, "placed"> {
  /** Where the layout put each party, in graph coordinates; parties without a position are not drawn. */
  positions: ReadonlyMap<string, Point>;
  area: ImageArea;
  /** The world map under the graph, in graph coordinates. */
  backdrop?: readonly SceneBackdropPath[];
  size: ImageSize;
  background: "white" | "transparent";
  /** The explorer's address of this picture, written under it. */
  permalink?: string;
}

/** Room kept around the parties of a whole-graph picture for their names, in image units. */
const MARGIN = { x: 70, y: 28 };
/** The longest side of a whole-graph picture at screen size; a wider graph is drawn smaller. */
const MAX_SIDE = 1600;

function boxOf(points: readonly Point[]): Box {
  if (points.length === 0) return { x1: 0, y1: 0, x2: 0, y2: 0 };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

/** The picture's natural size in image units, and its shape. */
function naturalSize(area: ImageArea, box: Box): { width: number; height: number } {
  const [w, h] = [box.x2 - box.x1, box.y2 - box.y1];
  if (area.kind === "view") return { width: w * area.zoom, height: h * area.zoom };
  const s = Math.min(1, MAX_SIDE / Math.max(w, h, 1));
  return { width: w * s + 2 * MARGIN.x, height: h * s + 2 * MARGIN.y };
}

/** Graph point → image point: the box fitted into the frame's picture area (less a margin for a whole graph). */
function placeBox(area: ImageArea, box: Box, frame: Frame) {
  const g = frame.graph;
  const margin = area.kind === "whole" ? MARGIN : { x: 0, y: 0 };
  const [w, h] = [box.x2 - box.x1, box.y2 - box.y1];
  const sx = w > 0 ? (g.width - 2 * margin.x) / w : Number.POSITIVE_INFINITY;
  const sy = h > 0 ? (g.height - 2 * margin.y) / h : Number.POSITIVE_INFINITY;
  const fitted = Math.min(sx, sy);
  const scale = Number.isFinite(fitted) && fitted > 0 ? fitted : 1;
  const offset = {
    x: g.x + g.width / 2 - ((box.x1 + box.x2) / 2) * scale,
    y: g.y + g.height / 2 - ((box.y1 + box.y2) / 2) * scale,
  };
  return { scale, offset };
}

function draw(input: ImageInput, picture: Picture, box: Box, frame: Frame) {
  const { scale, offset } = placeBox(input.area, box, frame);
  const nodes = new Map<string, SceneNode>();
  for (const node of picture.nodes) {
    const p = input.positions.get(node.id)!;
    const style = nodeStyle(node.role);
    const marks = [node.role, node.organisation ? "organisation" : "state", ...(node.hub ? ["hub"] : [])];
    nodes.set(node.id, {
      id: node.id,
      marks,
      x: p.x * scale + offset.x,
      y: p.y * scale + offset.y,
      rx: style.radius * (node.organisation ? ORGANISATION_WIDTH : 1),
      ry: style.radius,
      organisation: node.organisation,
      ring: node.hub,
      style,
    });
  }
  const relayed = new Set(picture.routes.filter((r) => r.hops.length > 1).map((r) => routeKey(r)));
  const hops = hopGeometry(picture.lines, nodes, relayed);
  const g = frame.graph;
  const area = { x1: g.x, y1: g.y, x2: g.x + g.width, y2: g.y + g.height };
  const samples = lineSamples(hops.lines);
  const labels = placeLabels(
    picture.nodes.map((n) => ({
      node: nodes.get(n.id)!,
      text: n.label,
      keep: n.role === "endpoint" || n.role === "relay",
    })),
    hops.taken,
    samples,
    area,
  );
  const inside = (p: Point) => p.x >= area.x1 && p.x <= area.x2 && p.y >= area.y1 && p.y <= area.y2;
  const marks = new Set<string>();
  for (const node of nodes.values()) if (inside(node)) for (const m of node.marks) marks.add(m);
  for (const line of hops.lines) {
    if (lineSamples([line]).some((s) => inside(s.point))) for (const m of line.marks) marks.add(m);
  }
  if (hops.badges.some(inside)) marks.add("badge");
  return { scale, offset, nodes: [...nodes.values()], hops, labels: [...hops.labels, ...labels], marks };
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((x) => b.has(x));

/**
 * The scene of an image: the picture of `input` (pictureOf) at its positions, fitted into a frame of the asked
 * size with the caption (captionFor) and a legend of exactly the marks drawn inside the picture. A whole-graph
 * picture frames every placed party; a view shows its box (at its zoom, at screen size). Throws a RangeError for
 * an impossible size. No positions give a frame with no picture.
 */
export function sceneOf(input: ImageInput): Scene {
  const picture = pictureOf({ ...input, placed: new Set(input.positions.keys()) });
  const caption: Caption = captionFor(input.model, input.at, input.answer, picture.routes, input.permalink);
  const box =
    input.area.kind === "view" ? input.area.box : boxOf(picture.nodes.map((n) => input.positions.get(n.id)!));
  const target = targetOf(input.size);
  const natural = naturalSize(input.area, box);
  const frameOf = (marks: ReadonlySet<string>) =>
    layoutFrame({
      caption,
      legend: legendOf(marks),
      aspect: natural.width / Math.max(natural.height, 1),
      ...(target || input.size.kind !== "screen"
        ? { target: target! }
        : { natural: { ...natural, scale: input.size.scale } }),
    });
  // The legend lists what lies inside the picture, and the picture's size depends on the legend: settle both.
  let marks: ReadonlySet<string> = new Set();
  let frame = frameOf(marks);
  let drawn = draw(input, picture, box, frame);
  for (let round = 0; round < 5 && !sameSet(marks, drawn.marks); round++) {
    marks = drawn.marks;
    frame = frameOf(marks);
    drawn = draw(input, picture, box, frame);
  }
  const scene: Scene = {
    frame,
    background: input.background,
    lines: drawn.hops.lines,
    nodes: drawn.nodes,
    badges: drawn.hops.badges,
    labels: drawn.labels,
    title: caption.title,
    description: [caption.subtitle, ...caption.sources.map((e) => e.text)].join(" "),
  };
  if (input.backdrop && input.backdrop.length > 0) {
    scene.backdrop = { paths: input.backdrop, scale: drawn.scale, offset: drawn.offset };
  }
  return scene;
}
