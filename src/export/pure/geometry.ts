// The picture's lines in image units: routes' hops bowed apart where they share a pair of parties or meet at a
// relay, trimmed at the parties' shapes, with arrowheads, route numbers, crosses where blocked and agreement names.
import type { Box, Point } from "../../geo";
import { lineMarks, lineStyle } from "./marks";
import { FRAME_MUTED, FRAME_TEXT } from "./palette";
import type { PictureLine } from "./picture";
import type { SceneBadge, SceneLine, SceneNode } from "./scene";
import { type TextLine, textWidth } from "./text";

/** How far apart hops over one pair are drawn, and a relayed route's bow, in image units. */
const SPACING = 16;
const BADGE_RADIUS = 8.5;
const HOP_LABEL_SIZE = 11.5;

const sub = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });
const add = (a: Point, b: Point, k = 1): Point => ({ x: a.x + b.x * k, y: a.y + b.y * k });
const unit = (v: Point): Point => {
  const length = Math.hypot(v.x, v.y);
  return length > 0 ? { x: v.x / length, y: v.y / length } : { x: 1, y: 0 };
};

/** The distance from a party's centre to its outline in direction `u` (a unit vector). */
export function outline(node: SceneNode, u: Point): number {
  const { rx, ry } = node;
  if (node.organisation)
    return Math.min(rx / Math.max(Math.abs(u.x), 1e-9), ry / Math.max(Math.abs(u.y), 1e-9));
  return 1 / Math.hypot(u.x / rx, u.y / ry);
}

/** The point at `t` on the quadratic from `a` through control `c` to `b` (a straight line when `c` is absent). */
export function along(a: Point, b: Point, c: Point | undefined, t: number): Point {
  const m = c ?? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const s = 1 - t;
  return { x: s * s * a.x + 2 * s * t * m.x + t * t * b.x, y: s * s * a.y + 2 * s * t * m.y + t * t * b.y };
}

export interface HopGeometry {
  lines: SceneLine[];
  badges: SceneBadge[];
  /** Agreement names beside their routes' hops. */
  labels: TextLine[];
  /** Where badges and agreement names are, for party labels to keep clear of. */
  taken: Box[];
}

const pairOf = (l: PictureLine) => (l.from < l.to ? `${l.from}|${l.to}` : `${l.to}|${l.from}`);
const isHop = (l: PictureLine) => l.routeKey !== undefined || l.role === "blocked";

/**
 * The scene lines of `lines` between `nodes` (centres in image units); lines whose parties are missing are left
 * out. The network's lines are straight. Hops over one pair of parties are spaced apart, and a relayed route's
 * hops bow to their left, so a route through a relay near its ends never runs over itself. `relayed` holds the
 * keys of relayed routes.
 */
export function hopGeometry(
  lines: readonly PictureLine[],
  nodes: ReadonlyMap<string, SceneNode>,
  relayed: ReadonlySet<string>,
): HopGeometry {
  const groups = new Map<string, PictureLine[]>();
  for (const line of lines)
    if (isHop(line)) groups.set(pairOf(line), [...(groups.get(pairOf(line)) ?? []), line]);
  const out: HopGeometry = { lines: [], badges: [], labels: [], taken: [] };
  const bows = hopBows(groups, nodes, relayed);
  const named = new Set<string>();
  for (const line of lines) {
    const a = nodes.get(line.from);
    const b = nodes.get(line.to);
    if (!a || !b || (a.x === b.x && a.y === b.y)) continue;
    const style = lineStyle(line.role, line.kind, line.nature);
    const left = leftOf(a, b);
    const bow = bows.get(line) ?? 0;
    const control = bow === 0 ? undefined : controlOf(a, b, bow);
    const aim = control ?? b;
    const startDir = unit(sub(aim, a));
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
    if (line.number !== undefined && line.routeKey) {
      const light = line.role === "route-light";
      const side = bow < 0 ? -1 : 1;
      // On a hop too short to hold its number and arrowhead, the number goes beside it, opposite its name.
      const short = Math.hypot(b.x - a.x, b.y - a.y) - outline(a, left) - outline(b, left) < 8 * BADGE_RADIUS;
      const spot = short ? add(middle, left, -side * (BADGE_RADIUS + style.width + 3)) : middle;
      out.badges.push({
        x: spot.x,
        y: spot.y,
        r: BADGE_RADIUS,
        text: String(line.number),
        routeKey: line.routeKey,
        opacity: light ? 0.7 : 1,
      });
      out.taken.push(box(spot, BADGE_RADIUS, BADGE_RADIUS));
      const name = line.agreement?.name;
      const id = `${line.agreement?.id}|${pairOf(line)}`;
      if (name && !named.has(id)) {
        named.add(id);
        const bold = !light;
        const w = textWidth(name, HOP_LABEL_SIZE, bold);
        const h = HOP_LABEL_SIZE * 1.2;
        const n = { x: left.x * side, y: left.y * side };
        const reach =
          (w / 2) * Math.abs(n.x) + (h / 2) * Math.abs(n.y) + (short ? style.width + 3 : BADGE_RADIUS + 3);
        const centre = add(middle, n, reach);
        out.labels.push({
          text: name,
          x: centre.x,
          y: centre.y + HOP_LABEL_SIZE * 0.35,
          size: HOP_LABEL_SIZE,
          bold,
          colour: light ? FRAME_MUTED : FRAME_TEXT,
          anchor: "middle",
        });
        out.taken.push(box(centre, w / 2 + 2, h / 2));
      }
    }
  }
  return out;
}

/** Left of the direction of travel from `a` to `b`, with y pointing down. */
function leftOf(a: Point, b: Point): Point {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  return { x: (b.y - a.y) / length, y: -(b.x - a.x) / length };
}

/** The control point of a curve whose middle lies `bow` to the left of the chord's middle. */
const controlOf = (a: Point, b: Point, bow: number) =>
  add({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, leftOf(a, b), 2 * bow);

/** Sideways shifts tried, in turn, to take a pair's hops clear of the parties they would run over. */
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
 * The bow of every hop, to the left of its direction of travel: hops over one pair spaced apart about the chord,
 * a relayed route's hops bowed to their left, and the whole pair shifted aside when a hop would run over a party.
 */
function hopBows(
  groups: ReadonlyMap<string, PictureLine[]>,
  nodes: ReadonlyMap<string, SceneNode>,
  relayed: ReadonlySet<string>,
): Map<PictureLine, number> {
  const out = new Map<PictureLine, number>();
  for (const group of groups.values()) {
    const [low, high] = [group[0]!.from, group[0]!.to].sort();
    const a = nodes.get(low!);
    const b = nodes.get(high!);
    if (!a || !b || (a.x === b.x && a.y === b.y)) continue;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    // Bows about the chord from the first id to the second; a hop travelling the other way sees them mirrored.
    const base = group.map((line, i) => {
      const relay =
        line.routeKey && relayed.has(line.routeKey) ? Math.min(50, Math.max(12, length * 0.12)) : 0;
      const travel = line.from < line.to ? 1 : -1;
      return (i - (group.length - 1) / 2) * SPACING + relay * travel;
    });
    const shift = SHIFTS.find((s) => base.every((bow) => clear(a, b, bow + s, nodes))) ?? 0;
    group.forEach((line, i) => {
      out.set(line, (base[i]! + shift) * (line.from < line.to ? 1 : -1));
    });
  }
  return out;
}

function box(centre: Point, halfWidth: number, halfHeight: number): Box {
  return {
    x1: centre.x - halfWidth,
    y1: centre.y - halfHeight,
    x2: centre.x + halfWidth,
    y2: centre.y + halfHeight,
  };
}

/** Points every few units along each line, for labels to keep clear of; route hops weigh more than the network. */
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
