// The inset of an exported picture: when a permitted route's hop between close parties is too short to read at the
// picture's scale (Seoul to Tokyo beside a relay via Washington), a framed box in the corner that covers least shows
// the region around it enlarged, with a thin outline on the picture marking what it enlarges.
import {
  type Box,
  boxAround,
  boxesMeet,
  cornerBoxes,
  edgeToward,
  type InsetView,
  magnifiedView,
  type Point,
} from "../../geo";
import type { Rect } from "./frame";
import { lineSamples } from "./geometry";
import { outline } from "./labels";
import { FRAME_MUTED } from "./palette";
import type { Picture, PictureLine } from "./picture";
import type { SceneBadge, SceneInset, SceneLine, SceneNode } from "./scene";
import { type TextLine, textBox, textWidth } from "./text";

/**
 * A hop is too short to read when less than this many image units of it show between its parties' outlines: the
 * room an arrowhead (about 13 units), a route number (17) and a little line on either side need.
 */
export const SHORT_HOP = 40;
/** The inset's width as a share of the picture's, within bounds in image units; its map is 0.6 as tall as wide. */
const INSET_SHARE = 0.36;
const INSET_WIDTH = { min: 200, max: 340 };
const INSET_SHAPE = 0.6;
/** The band under the inset's map that holds its caption. */
const CAPTION_SIZE = 10.5;
const CAPTION_BAND = 16;
/** Room around the enlarged parties for their names and shapes, in the inset's units. */
const PAD = { x: 64, y: 36 };
/** Less than 1.6 times larger is not worth a box; more than 14 times shows too little map to place the parties. */
const ZOOM = { min: 1.6, max: 14 };
/** Short hops further apart than this share of the picture's width are not enlarged in the same inset. */
const CLUSTER_SHARE = 0.22;
/** The gap between the inset and the picture's edge. */
const MARGIN = 8;

const length = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);

/**
 * The hops of permitted routes (numbered lines) whose parties are both inside `area` and closer than `threshold`
 * image units from outline to outline, in the lines' order. Lines without both parties in `nodes` are left out.
 */
export function shortHops(
  lines: readonly PictureLine[],
  nodes: ReadonlyMap<string, SceneNode>,
  area: Box,
  threshold = SHORT_HOP,
): PictureLine[] {
  const inside = (p: Point) => p.x >= area.x1 && p.x <= area.x2 && p.y >= area.y1 && p.y <= area.y2;
  return lines.filter((line) => {
    const [a, b] = [nodes.get(line.from), nodes.get(line.to)];
    if (line.number === undefined || !a || !b || !inside(a) || !inside(b)) return false;
    const d = length(a, b);
    if (d === 0) return true;
    const u = { x: (b.x - a.x) / d, y: (b.y - a.y) / d };
    return d - outline(a, u) - outline(b, u) < threshold;
  });
}

/**
 * The parties one inset enlarges: those of the short hop of the lowest route number, then of every other short hop
 * whose parties keep them all within `span` image units across, in that order, each once. None for no hops.
 */
export function insetParties(
  hops: readonly PictureLine[],
  nodes: ReadonlyMap<string, SceneNode>,
  span: number,
): string[] {
  const ordered = [...hops].sort((x, y) => (x.number ?? 0) - (y.number ?? 0));
  const parties: string[] = [];
  for (const hop of ordered) {
    const next = [...new Set([...parties, hop.from, hop.to])];
    const box = boxAround(next.flatMap((id) => nodes.get(id) ?? []));
    if (parties.length === 0 || (box && box.x2 - box.x1 <= span && box.y2 - box.y1 <= span))
      parties.splice(0, parties.length, ...next);
  }
  return parties;
}

/** Something the inset should not cover, and how much covering it costs. */
export interface Obstacle {
  point: Point;
  weight: number;
}

/**
 * The corner box (cornerBoxes) that covers the least weight of `obstacles`, never one that meets the `region` it
 * enlarges (nor comes within the margin of it) when another corner is clear of it; ties go to the earlier corner.
 */
export function placeInset(
  area: Box,
  size: { width: number; height: number },
  region: Box,
  obstacles: readonly Obstacle[],
): Box {
  const cost = (box: Box) =>
    (boxesMeet(box, region, MARGIN) ? 1e9 : 0) +
    obstacles.reduce(
      (sum, o) =>
        boxesMeet(box, { x1: o.point.x, y1: o.point.y, x2: o.point.x, y2: o.point.y }, 4)
          ? sum + o.weight
          : sum,
      0,
    );
  const corners = cornerBoxes(area, size, MARGIN);
  return corners.reduce((best, box) => (cost(box) < cost(best) ? box : best), corners[0]!);
}

/** What the picture drew, for the inset to avoid: its lines, parties, route numbers and names. */
export function obstaclesOf(
  lines: readonly SceneLine[],
  nodes: readonly SceneNode[],
  badges: readonly SceneBadge[],
  labels: readonly TextLine[],
): Obstacle[] {
  // A route's line weighs far more than the network's many thin lines, which an inset may well cover.
  const out: Obstacle[] = lineSamples(lines).map((s) => ({
    point: s.point,
    weight: s.weight === 1 ? 8 : s.weight,
  }));
  for (const node of nodes)
    out.push({
      point: node,
      weight: node.marks.includes("endpoint") || node.marks.includes("relay") ? 6 : 2,
    });
  for (const badge of badges) out.push({ point: badge, weight: 4 });
  // A name counts along its top, middle and bottom, so a box that would cut through it pays for it.
  for (const label of labels) {
    const { x1, y1, x2, y2 } = textBox(label);
    for (const y of [y1, (y1 + y2) / 2, y2])
      for (let i = 0; i <= 4; i++)
        out.push({ point: { x: x1 + ((x2 - x1) * i) / 4, y }, weight: label.bold ? 2 : 1 });
  }
  return out;
}

/** What drawing the picture again into the inset gives: graph point p lands at p × scale + offset. */
export interface InsetDrawing {
  scale: number;
  offset: Point;
  lines: SceneLine[];
  nodes: SceneNode[];
  badges: SceneBadge[];
  labels: TextLine[];
}

export interface InsetInput {
  picture: Picture;
  /** The picture's parties as drawn, by id, and the area it is drawn in (image units). */
  nodes: ReadonlyMap<string, SceneNode>;
  area: Box;
  /** Graph point p lands at p × scale + offset on the picture. */
  scale: number;
  offset: Point;
  obstacles: readonly Obstacle[];
  /** Draws the picture's `region` (graph units) into `rect`, as the picture is drawn. */
  drawAt: (region: Box, rect: Rect) => InsetDrawing;
}

const within = (p: Point, box: Box, gap: number) =>
  p.x >= box.x1 - gap && p.x <= box.x2 + gap && p.y >= box.y1 - gap && p.y <= box.y2 + gap;

/**
 * The inset of a picture, or null when no permitted route has a short hop (shortHops) or enlarging it is not worth
 * a box (magnifiedView). It shows the short hops' region drawn again at its zoom, keeping only what falls in it,
 * with a caption naming the parties enlarged.
 */
export function insetOf(input: InsetInput): SceneInset | null {
  const { picture, nodes, area } = input;
  const span = (area.x2 - area.x1) * CLUSTER_SHARE;
  const parties = insetParties(shortHops(picture.lines, nodes, area), nodes, span);
  if (parties.length === 0) return null;
  const width = Math.min(INSET_WIDTH.max, Math.max(INSET_WIDTH.min, (area.x2 - area.x1) * INSET_SHARE));
  const map = { width, height: Math.round(width * INSET_SHAPE) };
  if (map.width > (area.x2 - area.x1) / 2 || map.height + CAPTION_BAND > (area.y2 - area.y1) * 0.7)
    return null;
  const view: InsetView | null = magnifiedView(
    parties.map((id) => nodes.get(id)!),
    map,
    PAD,
    ZOOM,
  );
  if (!view) return null;
  const size = { width: map.width, height: map.height + CAPTION_BAND };
  const box = placeInset(area, size, view.region, input.obstacles);
  const rect = { x: box.x1, y: box.y1, width: map.width, height: map.height };
  const toGraph = (p: Point) => ({
    x: (p.x - input.offset.x) / input.scale,
    y: (p.y - input.offset.y) / input.scale,
  });
  const [g1, g2] = [
    toGraph({ x: view.region.x1, y: view.region.y1 }),
    toGraph({ x: view.region.x2, y: view.region.y2 }),
  ];
  const drawn = input.drawAt({ x1: g1.x, y1: g1.y, x2: g2.x, y2: g2.y }, rect);
  const mapBox = { x1: rect.x, y1: rect.y, x2: rect.x + rect.width, y2: rect.y + rect.height };
  const lines = drawn.lines.filter((line) => {
    const around = boxAround(line.points);
    return around !== null && boxesMeet(around, mapBox, 12);
  });
  const names = parties.map((id) => picture.nodes.find((n) => n.id === id)?.label ?? id);
  const centre = (b: Box) => ({ x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 });
  return {
    box,
    map: mapBox,
    region: view.region,
    zoom: view.zoom,
    leader: [edgeToward(view.region, centre(box)), edgeToward(box, centre(view.region))],
    backdrop: { scale: drawn.scale, offset: drawn.offset },
    lines,
    nodes: drawn.nodes.filter((n) => within(n, mapBox, n.rx + 4)),
    badges: drawn.badges.filter((b) => within(b, mapBox, b.r)),
    labels: drawn.labels.filter((l) => within(l, mapBox, 40)),
    caption: {
      text: captionText(names, map.width - 10),
      x: box.x1 + 5,
      y: box.y2 - 4.5,
      size: CAPTION_SIZE,
      bold: false,
      colour: FRAME_MUTED,
    },
  };
}

/** "Enlarged: South Korea – Japan"; three or more names listed, the last ones counted where they would not fit. */
export function captionText(names: readonly string[], width: number): string {
  const say = (shown: readonly string[], more: number) => {
    if (more > 0) return `Enlarged: ${shown.join(", ")} and ${more} more`;
    if (shown.length <= 2) return `Enlarged: ${shown.join(" – ")}`;
    return `Enlarged: ${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
  };
  for (let n = names.length; n > 1; n--) {
    const text = say(names.slice(0, n), names.length - n);
    if (textWidth(text, CAPTION_SIZE) <= width) return text;
  }
  return say(names.slice(0, 1), names.length - 1);
}
