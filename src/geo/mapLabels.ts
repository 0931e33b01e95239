// Labels on the map, where parties cannot move: each label beside its node where there is room, else a little away
// with a leader line back to the node, else (for a party out of focus) left off until the view focuses closer.

import {
  LABEL_SIDES,
  type LabelMetrics,
  type LabelNode,
  type LabelSide,
  labelBox,
  lineCost,
  METRICS,
  overlap,
  type Segment,
  segmentSamples,
} from "./labelPlacement";
import type { Box, Point } from "./plane";

/** Where a party's label goes on the map. */
export type MapLabel =
  | { place: "beside"; side: LabelSide }
  /** Moved away from the node: the label's centre relative to the node, and the leader line from node to label. */
  | { place: "away"; offset: Point; leader: [Point, Point] }
  | { place: "none" };

/** Distances from the node (graph units) and directions at which a label moved away is tried. */
const RINGS = [34, 52, 74, 100];
const DIRECTIONS = 12;
/** A label that cannot be placed with less overlap than this share of its area is left off (out of focus only). */
const TOLERATED = 0.15;

function boxAround(centre: Point, width: number, height: number): Box {
  return {
    x1: centre.x - width / 2,
    x2: centre.x + width / 2,
    y1: centre.y - height / 2,
    y2: centre.y + height / 2,
  };
}

/** The point of `box` nearest `p`, where a leader line from `p` meets the label. */
function nearestOnBox(box: Box, p: Point): Point {
  return { x: Math.min(Math.max(p.x, box.x1), box.x2), y: Math.min(Math.max(p.y, box.y1), box.y2) };
}

/**
 * A place for every node's label, greedily, `first` ids first (the route's parties get the best places), then in
 * the given order: beside the node on the freest side when that side is free; otherwise at the nearest free spot
 * on rings around the node, with a leader line; otherwise, for a `first` node, the least crowded of all those
 * places, and for any other node no label when even that would cover more than a small share of it. With
 * `moveAway` "first", only `first` nodes' labels are moved away (a network of hundreds of parties would be lost in
 * leader lines): any other label goes beside its node or not at all. Nodes, labels already placed and the `lines`
 * (a route's hops) count as taken. Never moves a node. Empty input gives an empty map.
 */
export function placeMapLabels(
  nodes: readonly LabelNode[],
  first: ReadonlySet<string> = new Set(),
  metrics: LabelMetrics = METRICS,
  moveAway: "all" | "first" = "all",
  lines: readonly Segment[] = [],
): Map<string, MapLabel> {
  const out = new Map<string, MapLabel>();
  const half = metrics.node / 2;
  const taken: Box[] = nodes.map((n) => ({ x1: n.x - half, x2: n.x + half, y1: n.y - half, y2: n.y + half }));
  const samples = segmentSamples(lines);
  const cost = (box: Box, own: number) => {
    let sum = lineCost(box, samples);
    taken.forEach((t, i) => {
      if (i !== own) sum += overlap(box, t);
    });
    return sum;
  };
  const order = nodes
    .map((n, i) => ({ n, i }))
    .sort((a, b) => Number(first.has(b.n.id)) - Number(first.has(a.n.id)) || a.i - b.i);
  for (const { n, i } of order) {
    const beside = LABEL_SIDES.map((side) => ({ side, box: labelBox(n, side, metrics) }));
    const free = beside.find((b) => cost(b.box, i) === 0);
    if (free) {
      out.set(n.id, { place: "beside", side: free.side });
      taken.push(free.box);
      continue;
    }
    if (moveAway === "first" && !first.has(n.id)) {
      out.set(n.id, { place: "none" });
      continue;
    }
    const { x1, x2, y1, y2 } = beside[0]!.box;
    const [width, height] = [x2 - x1, y2 - y1];
    // Farther spots cost a little more, so among equally crowded spots the nearest wins.
    let best: { box: Box; cost: number; covered: number; label: MapLabel } | null = null;
    const consider = (box: Box, label: MapLabel, covered: number, penalty: number) => {
      if (!best || covered + penalty < best.cost) best = { box, cost: covered + penalty, covered, label };
    };
    for (const b of beside) consider(b.box, { place: "beside", side: b.side }, cost(b.box, i), 0);
    search: for (const r of RINGS) {
      for (let k = 0; k < DIRECTIONS; k++) {
        const angle = (k / DIRECTIONS) * 2 * Math.PI + Math.PI / 2;
        // The ring is measured to the label's edge, so a wide label does not sit on its node.
        const reach = r + Math.abs(Math.cos(angle)) * (width / 2) + Math.abs(Math.sin(angle)) * (height / 2);
        const centre = { x: n.x + Math.cos(angle) * reach, y: n.y + Math.sin(angle) * reach };
        const box = boxAround(centre, width, height);
        const c = cost(box, i);
        const from = { x: n.x + Math.cos(angle) * half, y: n.y + Math.sin(angle) * half };
        const label: MapLabel = {
          place: "away",
          offset: { x: centre.x - n.x, y: centre.y - n.y },
          leader: [from, nearestOnBox(box, n)],
        };
        if (c === 0) {
          best = { box, cost: 0, covered: 0, label };
          break search;
        }
        consider(box, label, c, r);
      }
    }
    const chosen = best as unknown as { box: Box; covered: number; label: MapLabel };
    if (chosen.covered > TOLERATED * width * height && !first.has(n.id)) {
      out.set(n.id, { place: "none" });
      continue;
    }
    out.set(n.id, chosen.label);
    taken.push(chosen.box);
  }
  return out;
}
