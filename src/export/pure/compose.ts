// The one path from data to an image's scene, for the explorer and the command line alike: the picture of the
// answer (picture.ts) at the layout's positions, its parties' names and its routes' curves placed as the explorer
// places them (the core's partyLabels and routeCurves), fitted into the frame, with the legend of what it shows.
import {
  type Box,
  boxesMeet,
  focusParties,
  type HopCurve,
  type LabelNode,
  labelSpots,
  type PartyLabel,
  type Point,
  partyLabels,
  routeLines,
  type Segment,
} from "../../geo";
import { type Caption, captionFor } from "./caption";
import { graphDetail } from "./detail";
import { layoutFrame, type Rect } from "./frame";
import { hopGeometry, lineSamples, routeLineCurves } from "./geometry";
import { legendOf } from "./imageLegend";
import { type ImageSize, targetOf } from "./imageSize";
import { insetOf, obstaclesOf } from "./inset";
import { sceneLabels } from "./labels";
import { nodeStyle, ORGANISATION_WIDTH } from "./marks";
import { focusOf, type Picture, type PictureInput, type PictureLine, pictureOf } from "./picture";
import type { Scene, SceneBackdropPath, SceneNode } from "./scene";
import { textBox } from "./text";

/** The part of the graph an image shows: every placed party, or the box a view shows at its zoom. */
export type ImageArea = { kind: "whole" } | { kind: "view"; box: Box; zoom: number };

export interface ImageInput extends Omit<PictureInput, "placed"> {
  /** Where the layout put each party, in graph coordinates; parties without a position are not drawn. */
  positions: ReadonlyMap<string, Point>;
  area: ImageArea;
  /** The world map under the graph, in graph coordinates. */
  backdrop?: readonly SceneBackdropPath[];
  /**
   * Where the explorer put each party's name (partyLabels, graph units), kept when the image draws the graph at
   * KEEP_PLACES of its size or more. Otherwise, or without it, the names are placed here by the same rule: as on
   * the map when a backdrop is given, else beside their parties, the focus parties first and clear of the route.
   */
  labels?: ReadonlyMap<string, PartyLabel>;
  size: ImageSize;
  background: "white" | "transparent";
  /** The explorer's address of this picture, written under it. */
  permalink?: string;
  /** Enlarge a permitted route's hop too short to read in an inset (inset.ts); on unless false. */
  inset?: boolean;
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
function placeBox(area: ImageArea, box: Box, g: Rect) {
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

/** What is placed in graph units before the picture is drawn: the parties' names and the routes' curves. */
interface Placed {
  labels: ReadonlyMap<string, PartyLabel>;
  curves: ReadonlyMap<PictureLine, HopCurve>;
}

/** Drawn at this share of its size in graph units or more, a picture keeps the names where the explorer puts them. */
const KEEP_PLACES = 0.8;

/**
 * The parties' names and the routes' curves as the explorer places them (partyLabels, routeCurves; names from
 * `input.labels` when given), in graph units. Names are placed for the size they are drawn at: a picture drawn at
 * `scale` KEEP_PLACES or more keeps the explorer's places (made for the graph at zoom 1); one drawn smaller, where
 * those would overlap, or one drawn `fresh` (an inset, enlarged), places them afresh by the same rule at its own
 * scale.
 */
function placeInGraph(input: ImageInput, picture: Picture, scale: number, fresh: boolean): Placed {
  const k = scale >= KEEP_PLACES && !fresh ? 1 : scale;
  const at = new Map(
    picture.nodes.map((n) => {
      const p = input.positions.get(n.id)!;
      return [n.id, { x: p.x * k, y: p.y * k }];
    }),
  );
  const nodes: LabelNode[] = picture.nodes.map((n) => ({ ...at.get(n.id)!, id: n.id, label: n.label }));
  const framing = focusOf(input);
  const focus = focusParties(framing);
  const lines = routeLines(input.answer, framing.selected ?? null).flatMap(([a, b]): Segment[] => {
    const [p, q] = [at.get(a), at.get(b)];
    return p && q ? [[p, q]] : [];
  });
  const labels =
    k === 1 && input.labels
      ? input.labels
      : partyLabels(nodes, {
          first: new Set(focus),
          onMap: (input.backdrop?.length ?? 0) > 0,
          network: (input.detail ?? graphDetail(input.model)) === "network",
          lines,
        });
  const curves = routeLineCurves(picture.lines, at, nodes, labelSpots(labels));
  if (k === 1) return { labels, curves };
  // Back to graph units, which drawing scales.
  const back = (p: Point) => ({ x: p.x / k, y: p.y / k });
  return {
    labels: new Map(
      [...labels].map(([id, l]) => [
        id,
        l.place === "away"
          ? { ...l, offset: back(l.offset), leader: [back(l.leader[0]), back(l.leader[1])] }
          : l,
      ]),
    ),
    curves: new Map([...curves].map(([line, c]) => [line, { bow: c.bow / k, margin: back(c.margin) }])),
  };
}

function draw(input: ImageInput, picture: Picture, box: Box, g: Rect, fresh = false) {
  const { scale, offset } = placeBox(input.area, box, g);
  const placed = placeInGraph(input, picture, scale, fresh);
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
  const hops = hopGeometry(picture.lines, nodes, placed.curves, scale);
  const area = { x1: g.x, y1: g.y, x2: g.x + g.width, y2: g.y + g.height };
  const names = sceneLabels(picture.nodes, nodes, placed.labels, scale, area);
  const inside = (p: Point) => p.x >= area.x1 && p.x <= area.x2 && p.y >= area.y1 && p.y <= area.y2;
  const marks = new Set<string>();
  for (const node of nodes.values()) if (inside(node)) for (const m of node.marks) marks.add(m);
  for (const line of hops.lines) {
    if (lineSamples([line]).some((s) => inside(s.point))) for (const m of line.marks) marks.add(m);
  }
  if (hops.badges.some(inside)) marks.add("badge");
  return {
    scale,
    offset,
    byId: nodes,
    area,
    nodes: [...nodes.values()],
    lines: [...names.leaders, ...hops.lines],
    badges: hops.badges,
    labels: [...hops.labels, ...names.labels],
    marks,
  };
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
  const caption: Caption = captionFor(
    input.model,
    input.at,
    input.answer,
    picture.routes,
    input.permalink,
    picture.blockedSelection,
  );
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
  let drawn = draw(input, picture, box, frame.graph);
  for (let round = 0; round < 5 && !sameSet(marks, drawn.marks); round++) {
    marks = drawn.marks;
    frame = frameOf(marks);
    drawn = draw(input, picture, box, frame.graph);
  }
  const scene: Scene = {
    frame,
    background: input.background,
    lines: drawn.lines,
    nodes: drawn.nodes,
    badges: drawn.badges,
    labels: drawn.labels,
    title: caption.title,
    description: [caption.subtitle, ...caption.sources.map((e) => e.text)].join(" "),
  };
  if (input.backdrop && input.backdrop.length > 0) {
    scene.backdrop = { paths: input.backdrop, scale: drawn.scale, offset: drawn.offset };
  }
  const inset =
    input.inset === false
      ? null
      : insetOf({
          picture,
          nodes: drawn.byId,
          area: drawn.area,
          scale: drawn.scale,
          offset: drawn.offset,
          obstacles: obstaclesOf(drawn.lines, drawn.nodes, drawn.badges, drawn.labels),
          // The region as a view of its own, its names and curves placed afresh for the size they are drawn at.
          drawAt: (region, rect) =>
            draw({ ...input, area: { kind: "view", box: region, zoom: 1 } }, picture, region, rect, true),
        });
  if (inset) {
    scene.inset = inset;
    // A name the inset would cut in two is left to the inset, which draws the enlarged parts' own.
    scene.labels = scene.labels.filter((label) => !boxesMeet(textBox(label), inset.box));
  }
  return scene;
}
