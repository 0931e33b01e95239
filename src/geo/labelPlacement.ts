// Where labels go, for the explorer's graph and image export alike: each party's label on the side of its node
// freest of other nodes and labels, and a route hop's label wholly beside its line. Costs are estimated from
// positions and label text in graph units, never read back from a drawing.
import type { Box, Point } from "./plane";

export type LabelSide = "bottom" | "right" | "left" | "top";

/** Where a node's label is, for others to keep clear of: on a side, moved away (its centre's offset from the node),
 * or nowhere (left off). */
export type LabelSpot = LabelSide | Point | null;

export interface LabelNode {
  id: string;
  x: number;
  y: number;
  label: string;
}

/** Sizes in model units, matching the stylesheet: node diameter, label font size and the gap to the node. */
export interface LabelMetrics {
  node: number;
  font: number;
  gap: number;
}
export const METRICS: LabelMetrics = { node: 22, font: 13, gap: 5 };

/** Sides in order of preference; a later side must avoid more overlap to be chosen. */
export const LABEL_SIDES: readonly LabelSide[] = ["bottom", "right", "left", "top"];

export function labelBox(n: LabelNode, side: LabelSide, m: LabelMetrics): Box {
  // An estimate of the rendered width: proportional fonts average a little over half the font size per character.
  const w = n.label.length * m.font * 0.58 + 6;
  const h = m.font + 6;
  const r = m.node / 2 + m.gap;
  switch (side) {
    case "bottom":
      return { x1: n.x - w / 2, x2: n.x + w / 2, y1: n.y + r, y2: n.y + r + h };
    case "top":
      return { x1: n.x - w / 2, x2: n.x + w / 2, y1: n.y - r - h, y2: n.y - r };
    case "right":
      return { x1: n.x + r, x2: n.x + r + w, y1: n.y - h / 2, y2: n.y + h / 2 };
    case "left":
      return { x1: n.x - r - w, x2: n.x - r, y1: n.y - h / 2, y2: n.y + h / 2 };
  }
}

/** A line between two points (a route's hop, by its chord) that labels keep clear of. */
export type Segment = readonly [Point, Point];

/** What a label crossed by a line costs, per point of the line inside it (points every LINE_STEP units). */
const LINE_COST = 40;
const LINE_STEP = 4;

/** Points every few units along `segments`, for labels to keep clear of. No segments give none. */
export function segmentSamples(segments: readonly Segment[]): Point[] {
  return segments.flatMap(([a, b]) => {
    const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / LINE_STEP));
    return Array.from({ length: steps + 1 }, (_, i) => ({
      x: a.x + ((b.x - a.x) * i) / steps,
      y: a.y + ((b.y - a.y) * i) / steps,
    }));
  });
}

/** What the lines sampled in `samples` cost a label at `box`: 0 when none crosses it. */
export function lineCost(box: Box, samples: readonly Point[]): number {
  let inside = 0;
  for (const p of samples) if (p.x > box.x1 && p.x < box.x2 && p.y > box.y1 && p.y < box.y2) inside++;
  return inside * LINE_COST;
}

export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The box of a node's label at `spot`; none for a label left off. */
function spotBox(n: LabelNode, spot: LabelSpot, m: LabelMetrics): Box | null {
  if (spot === null) return null;
  if (typeof spot === "string") return labelBox(n, spot, m);
  const { x1, x2, y1, y2 } = labelBox(n, "bottom", m);
  const [cx, cy] = [n.x + spot.x, n.y + spot.y];
  return { x1: cx - (x2 - x1) / 2, x2: cx + (x2 - x1) / 2, y1: cy - (y2 - y1) / 2, y2: cy + (y2 - y1) / 2 };
}

/**
 * How much of `box` is taken by the nodes and their labels (at the spots given in `spots`, below when absent), as
 * an area: 0 for a free place. Nodes in `skip` are not counted. No nodes give 0.
 */
export function crowding(
  box: Box,
  nodes: readonly LabelNode[],
  spots: ReadonlyMap<string, LabelSpot>,
  skip: ReadonlySet<string> = new Set(),
  metrics: LabelMetrics = METRICS,
): number {
  const half = metrics.node / 2;
  let taken = 0;
  for (const n of nodes) {
    if (skip.has(n.id)) continue;
    taken += overlap(box, { x1: n.x - half, x2: n.x + half, y1: n.y - half, y2: n.y + half });
    const label = spotBox(n, spots.has(n.id) ? spots.get(n.id)! : "bottom", metrics);
    if (label) taken += overlap(box, label);
  }
  return taken;
}

/**
 * Where to put each node's label so that labels avoid other nodes, each other and the `lines` (a route's hops):
 * greedily, `first` ids first (the route's parties get the best places), each label on the side with the least
 * overlap, below when free. Empty input gives an empty map.
 */
export function labelSides(
  nodes: readonly LabelNode[],
  first: ReadonlySet<string> = new Set(),
  metrics: LabelMetrics = METRICS,
  lines: readonly Segment[] = [],
): Map<string, LabelSide> {
  const out = new Map<string, LabelSide>();
  const samples = segmentSamples(lines);
  const half = metrics.node / 2;
  const nodeBoxes = nodes.map((n) => ({
    id: n.id,
    box: { x1: n.x - half, x2: n.x + half, y1: n.y - half, y2: n.y + half },
  }));
  const placed: Box[] = [];
  const order = [...nodes].sort((a, b) => Number(first.has(b.id)) - Number(first.has(a.id)));
  for (const n of order) {
    let best: LabelSide = "bottom";
    let bestCost = Number.POSITIVE_INFINITY;
    LABEL_SIDES.forEach((side, rank) => {
      const box = labelBox(n, side, metrics);
      let cost = rank * 0.5 + lineCost(box, samples);
      for (const other of nodeBoxes) if (other.id !== n.id) cost += overlap(box, other.box) * 2;
      for (const p of placed) cost += overlap(box, p);
      if (cost < bestCost) {
        best = side;
        bestCost = cost;
      }
    });
    out.set(n.id, best);
    placed.push(labelBox(n, best, metrics));
  }
  return out;
}

/**
 * Where to move a horizontal edge label from the middle of its edge so that it sits wholly beside the line:
 * `dx, dy` run from source to target, `side` is +1 for the left of the line seen from the source (screen
 * coordinates, y down) and -1 for the right, `width` and `height` are the label's. The offset is
 * the smallest one along the edge's normal that keeps the label box `gap` clear of the line. A zero-length edge
 * gives an offset straight up.
 */
export function labelOffset(
  dx: number,
  dy: number,
  side: 1 | -1,
  width: number,
  height: number,
  gap = 4,
): Point {
  const length = Math.hypot(dx, dy);
  // Left of the direction of travel, with y pointing down.
  const normal = length > 0 ? { x: (dy / length) * side, y: (-dx / length) * side } : { x: 0, y: -1 };
  const reach = (width / 2) * Math.abs(normal.x) + (height / 2) * Math.abs(normal.y) + gap;
  return { x: normal.x * reach, y: normal.y * reach };
}
