// The picture's lines in image units: each route's hops bent as the explorer bends them (the core's routeCurves, in
// graph units), spaced apart where several share a pair of parties, trimmed at the parties' shapes, with arrowheads,
// route numbers, crosses where blocked and agreement names.
import { type HopCurve, type LabelNode, type LabelSpot, type Point, routeCurves } from "../../geo";
import { outline } from "./labels";
import { lineMarks, lineStyle } from "./marks";
import { FRAME_MUTED, FRAME_TEXT } from "./palette";
import type { PictureLine } from "./picture";
import type { SceneBadge, SceneLine, SceneNode } from "./scene";
import { type TextLine, textWidth } from "./text";

/** How far apart lines over one pair of parties are drawn, in image units. */
const SPACING = 16;
const BADGE_RADIUS = 8.5;
const HOP_LABEL_SIZE = 11.5;

const ORIGIN: Point = { x: 0, y: 0 };
const sub = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });
const add = (a: Point, b: Point, k = 1): Point => ({ x: a.x + b.x * k, y: a.y + b.y * k });
const unit = (v: Point): Point => {
  const length = Math.hypot(v.x, v.y);
  return length > 0 ? { x: v.x / length, y: v.y / length } : { x: 1, y: 0 };
};

/** The point at `t` on the quadratic from `a` through control `c` to `b` (a straight line when `c` is absent). */
export function along(a: Point, b: Point, c: Point | undefined, t: number): Point {
  const m = c ?? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const s = 1 - t;
  return { x: s * s * a.x + 2 * s * t * m.x + t * t * b.x, y: s * s * a.y + 2 * s * t * m.y + t * t * b.y };
}

/**
 * The curve of every hop of the picture's permitted routes, in graph units: routeCurves over each route's hops,
 * given the parties at `nodes` with their names and where the names are (`spots`), exactly as the explorer
 * bends its selected route. Lines of no route (the network, blocked candidates) get none.
 */
export function routeLineCurves(
  lines: readonly PictureLine[],
  positions: ReadonlyMap<string, Point>,
  nodes: readonly LabelNode[],
  spots: ReadonlyMap<string, LabelSpot>,
): Map<PictureLine, HopCurve> {
  const routes = new Map<string, PictureLine[]>();
  for (const line of lines)
    if (line.routeKey) routes.set(line.routeKey, [...(routes.get(line.routeKey) ?? []), line]);
  const out = new Map<PictureLine, HopCurve>();
  for (const hops of routes.values()) {
    const placed = hops.flatMap((line, i) => {
      const [source, target] = [positions.get(line.from), positions.get(line.to)];
      return source && target ? [{ id: String(i), source, target, label: line.agreement?.name ?? "" }] : [];
    });
    for (const [id, curve] of routeCurves(placed, nodes, spots)) out.set(hops[Number(id)]!, curve);
  }
  return out;
}

export interface HopGeometry {
  lines: SceneLine[];
  badges: SceneBadge[];
  /** Agreement names beside their routes' hops. */
  labels: TextLine[];
}

const pairOf = (l: PictureLine) => (l.from < l.to ? `${l.from}|${l.to}` : `${l.to}|${l.from}`);
const isHop = (l: PictureLine) => l.routeKey !== undefined || l.role === "blocked";

/** Left of the direction of travel from `a` to `b`, with y pointing down. */
function leftOf(a: Point, b: Point): Point {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  return { x: (b.y - a.y) / length, y: -(b.x - a.x) / length };
}

/** The control point of a curve `bow` to the left of the chord's middle (as Cytoscape's control-point distance). */
const controlOf = (a: Point, b: Point, bow: number) =>
  add({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, leftOf(a, b), bow);

/**
 * The scene lines of `lines` between `nodes` (centres in image units); lines whose parties are missing are left
 * out. The network's lines are straight. A route's hop takes its curve from `curves` (graph units, times `scale`);
 * other hops over one pair of parties are spaced apart from it and from each other, so no line runs over another,
 * and a blocked candidate's hop alone on its pair is shifted aside where it would run over a party.
 */
export function hopGeometry(
  lines: readonly PictureLine[],
  nodes: ReadonlyMap<string, SceneNode>,
  curves: ReadonlyMap<PictureLine, HopCurve>,
  scale: number,
): HopGeometry {
  const groups = new Map<string, PictureLine[]>();
  for (const line of lines)
    if (isHop(line)) groups.set(pairOf(line), [...(groups.get(pairOf(line)) ?? []), line]);
  const out: HopGeometry = { lines: [], badges: [], labels: [] };
  const bows = hopBows(groups, nodes, curves, scale);
  const named = new Set<string>();
  for (const line of lines) {
    const a = nodes.get(line.from);
    const b = nodes.get(line.to);
    if (!a || !b || (a.x === b.x && a.y === b.y)) continue;
    const style = lineStyle(line.role, line.kind, line.nature);
    const left = leftOf(a, b);
    const bow = bows.get(line) ?? 0;
    const control = bow === 0 ? undefined : controlOf(a, b, bow);
    const startDir = unit(sub(control ?? b, a));
    const start = add(a, startDir, outline(a, startDir) + 2);
    const endDir = unit(sub(b, control ?? a));
    let end = add(b, endDir, -(outline(b, endDir) + 2));
    const scene: SceneLine = { marks: lineMarks(line.role, line.kind, line.nature), points: [], style };
    if (style.arrow) {
      const length = 5 + style.width * 1.6;
      const half = 2.5 + style.width * 0.9;
      const base = add(end, endDir, -length);
      const across = { x: -endDir.y, y: endDir.x };
      scene.arrow = [end, add(base, across, half), add(base, across, -half)];
      end = add(base, endDir, 0.5);
    }
    scene.points = control ? [start, control, end] : [start, end];
    if (line.routeKey) scene.routeKey = line.routeKey;
    const middle = along(a, b, control, 0.5);
    if (line.blocks) scene.cross = middle;
    out.lines.push(scene);
    if (line.number === undefined || !line.routeKey) continue;
    const light = line.role === "route-light";
    const curve = curves.get(line);
    const margin = curve ? { x: curve.margin.x * scale, y: curve.margin.y * scale } : add(ORIGIN, left, 14);
    const away = unit(Math.hypot(margin.x, margin.y) > 0 ? margin : left);
    // On a hop too short to hold its number and arrowhead, the number goes beside it, opposite its name.
    const short = Math.hypot(b.x - a.x, b.y - a.y) - outline(a, left) - outline(b, left) < 8 * BADGE_RADIUS;
    const spot = short
      ? add(middle, away, -(BADGE_RADIUS + style.width + 3))
      : badgeSpot(a, b, control, nodes);
    out.badges.push({
      x: spot.x,
      y: spot.y,
      r: BADGE_RADIUS,
      text: String(line.number),
      routeKey: line.routeKey,
      opacity: light ? 0.7 : 1,
    });
    const name = line.agreement?.name;
    const id = `${line.agreement?.id}|${pairOf(line)}`;
    if (!name || named.has(id)) continue;
    named.add(id);
    out.labels.push(hopName(name, add(middle, margin), away, spot, light));
  }
  return out;
}

/** Where along a hop its number may go (0 at the sender, 1 at the receiver), the middle first. */
const BADGE_SPOTS = [0.5, 0.42, 0.58, 0.34, 0.66];

/** The first spot along the hop where its number clears every party, else the middle. */
function badgeSpot(
  a: SceneNode,
  b: SceneNode,
  control: Point | undefined,
  nodes: ReadonlyMap<string, SceneNode>,
) {
  const clearOf = (p: Point) =>
    [...nodes.values()].every(
      (n) => Math.hypot(p.x - n.x, p.y - n.y) > Math.max(n.rx, n.ry) + BADGE_RADIUS + (n.ring ? 6 : 2),
    );
  const spots = BADGE_SPOTS.map((t) => along(a, b, control, t));
  return spots.find(clearOf) ?? spots[0]!;
}

/** An agreement's name centred at `centre` (where the explorer puts it), moved along `away` clear of the badge. */
function hopName(name: string, centre: Point, away: Point, badge: Point, light: boolean): TextLine {
  const w = textWidth(name, HOP_LABEL_SIZE, !light);
  const h = HOP_LABEL_SIZE * 1.2;
  let at = centre;
  const clearOfBadge = (p: Point) =>
    Math.abs(p.x - badge.x) >= w / 2 + BADGE_RADIUS + 2 ||
    Math.abs(p.y - badge.y) >= h / 2 + BADGE_RADIUS + 2;
  for (let step = 0; step < 12 && !clearOfBadge(at); step++) at = add(at, away, 3);
  return {
    text: name,
    x: at.x,
    y: at.y + HOP_LABEL_SIZE * 0.35,
    size: HOP_LABEL_SIZE,
    bold: !light,
    colour: light ? FRAME_MUTED : FRAME_TEXT,
    anchor: "middle",
  };
}

/** Sideways shifts tried, in turn, to take a blocked candidate's hop clear of the parties it would run over. */
const SHIFTS = [0, 18, -18, 36, -36, 60, -60, 90, -90, 130, -130];

/** True when the curve from `a` to `b` with `bow` passes no other party closer than its outline and a gap. */
function clear(a: SceneNode, b: SceneNode, bow: number, nodes: ReadonlyMap<string, SceneNode>): boolean {
  const control = bow === 0 ? undefined : controlOf(a, b, bow);
  for (let i = 1; i < 20; i++) {
    const p = along(a, b, control, i / 20);
    for (const node of nodes.values()) {
      if (node === a || node === b) continue;
      if (Math.hypot(p.x - node.x, p.y - node.y) < Math.max(node.rx, node.ry) + 5) return false;
    }
  }
  return true;
}

/**
 * The bow of every hop, to the left of its direction of travel, in image units: a route's hop keeps its curve's
 * bow, the routes drawn last (the selected one) first; any other line over the same pair moves out until it lies
 * SPACING from every line placed before it. A pair of blocked candidates' hops alone is shifted clear of parties.
 */
function hopBows(
  groups: ReadonlyMap<string, PictureLine[]>,
  nodes: ReadonlyMap<string, SceneNode>,
  curves: ReadonlyMap<PictureLine, HopCurve>,
  scale: number,
): Map<PictureLine, number> {
  const out = new Map<PictureLine, number>();
  for (const group of groups.values()) {
    const [low, high] = [group[0]!.from, group[0]!.to].sort();
    const a = nodes.get(low!);
    const b = nodes.get(high!);
    if (!a || !b || (a.x === b.x && a.y === b.y)) continue;
    // Bows about the chord from the first id to the second; a hop travelling the other way sees them mirrored.
    const travel = (line: PictureLine) => (line.from < line.to ? 1 : -1);
    const placed: number[] = [];
    for (const line of [...group].reverse()) {
      let bow = (curves.get(line)?.bow ?? 0) * scale * travel(line);
      const side = bow < 0 ? -1 : 1;
      while (placed.some((p) => Math.abs(p - bow) < SPACING - 1e-9)) bow += side * SPACING;
      placed.push(bow);
      out.set(line, bow);
    }
    if (group.some((line) => curves.has(line))) continue;
    const shift = SHIFTS.find((s) => group.every((line) => clear(a, b, out.get(line)! + s, nodes))) ?? 0;
    for (const line of group) out.set(line, out.get(line)! + shift);
  }
  for (const [line, bow] of out) out.set(line, bow * (line.from < line.to ? 1 : -1));
  return out;
}

/** Points every few units along each line, for the legend to tell what lies inside the picture; route hops weigh
 * more than the network. */
export function lineSamples(lines: readonly SceneLine[]): { point: Point; weight: number }[] {
  const out: { point: Point; weight: number }[] = [];
  for (const line of lines) {
    const [a, c, b] = line.points.length === 3 ? line.points : [line.points[0]!, undefined, line.points[1]!];
    const length = Math.hypot(b!.x - a!.x, b!.y - a!.y);
    const steps = Math.max(2, Math.ceil(length / 8));
    const weight = line.routeKey || line.marks.includes("blocked") ? 1 : 0.25;
    for (let i = 0; i <= steps; i++) out.push({ point: along(a!, b!, c, i / steps), weight });
  }
  return out;
}
