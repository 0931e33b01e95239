// The graph's layouts: geographic positions from country coordinates on a projected world map, a deterministic
// force-directed layout (fcose) and concentric rings by degree; plus label placement that keeps neighbours apart.
import type { EdgeSingular, LayoutOptions, NodeSingular, Position } from "cytoscape";
import { type GeoProjection, geoNaturalEarth1 } from "d3-geo";
import { type Model, type Party, seededRandom } from "../../model";
import type { Layout } from "../../state";
import { countryOf } from "./countries";

export interface Size {
  width: number;
  height: number;
}

export interface GeoFrame {
  /** The projection the node positions and the world outline share. */
  projection: GeoProjection;
  /** Node positions by party id, in Cytoscape model coordinates. */
  positions: ReadonlyMap<string, Position>;
}

/** Smallest distance kept between two nodes on the map, so close neighbours (Seoul, Tokyo) stay apart. */
const MIN_GAP = 64;
/** How far an organisation sits from its seat's country. */
const SEAT_OFFSET: Position = { x: 26, y: -22 };
const PAD = 40;

function lngLatOf(party: Party): [number, number] | undefined {
  const country = countryOf(party.kind === "state" ? party.id : (party.seat ?? ""));
  return country ? [country.lng, country.lat] : undefined;
}

/** The meridian to centre on: opposite the widest stretch of longitude with no party, so the map is not cut
 * through the middle of the parties (a Pacific-centred map when the dataset spans Asia and the Americas). */
export function centralMeridian(longitudes: readonly number[]): number {
  if (longitudes.length === 0) return 0;
  const sorted = [...new Set(longitudes.map((l) => ((((l + 180) % 360) + 360) % 360) - 180))].sort(
    (a, b) => a - b,
  );
  let gapStart = sorted[sorted.length - 1]!;
  let gap = sorted[0]! + 360 - gapStart;
  for (let i = 1; i < sorted.length; i++) {
    const width = sorted[i]! - sorted[i - 1]!;
    if (width > gap) {
      gap = width;
      gapStart = sorted[i - 1]!;
    }
  }
  const centre = gapStart + gap / 2 + 180;
  return ((((centre + 180) % 360) + 360) % 360) - 180;
}

/** Push apart nodes closer than `gap`, a little at a time, so geography is kept as far as possible. */
function separate(points: Map<string, Position>, gap: number): void {
  const ids = [...points.keys()];
  for (let round = 0; round < 80; round++) {
    let moved = false;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = points.get(ids[i]!)!;
        const b = points.get(ids[j]!)!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= gap) continue;
        if (d < 1e-6) {
          // Coincident points: split them along a direction fixed by their order, so the result is stable.
          const angle = (j * 2.399963) % (2 * Math.PI);
          [dx, dy, d] = [Math.cos(angle), Math.sin(angle), 1];
        }
        const push = (gap - d) / 2 / d;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
}

/**
 * Positions for the geographic layout: each state at its country's coordinates (world-countries `latlng`), each
 * organisation beside its seat's country, projected with Natural Earth centred away from the widest empty stretch
 * of longitude and scaled so the `focus` parties (all parties when none is given or placed) fill `size`: zooming
 * the projection rather than the view keeps nodes and labels at their size, so close neighbours such as Seoul and
 * Tokyo move apart on screen. Nodes closer than a minimum gap are then pushed apart. Parties
 * with no known place are lined up along the bottom. An empty model gives no positions.
 */
export function geographicFrame(model: Model, size: Size, focus: readonly string[] = []): GeoFrame {
  const width = Math.max(size.width, 320);
  const height = Math.max(size.height, 240);
  const parties = model.dataset.parties;
  const places = new Map<string, [number, number]>();
  for (const party of parties) {
    const place = lngLatOf(party);
    if (place) places.set(party.id, place);
  }
  const longitudes = [...places.values()].map(([lng]) => lng);
  const projection = geoNaturalEarth1().rotate([-centralMeridian(longitudes), 0]);
  // Fit a margin of a few degrees around each place rather than the bare points, so one party or two close ones
  // do not zoom the map in to street level.
  const margin = 10;
  const focused = focus.map((id) => places.get(id)).filter((p): p is [number, number] => p !== undefined);
  const around = (focused.length > 0 ? focused : [...places.values()]).flatMap(([lng, lat]) => [
    [lng - margin, Math.max(-85, lat - margin)],
    [lng + margin, Math.min(85, lat + margin)],
  ]);
  if (around.length > 0) {
    projection.fitExtent(
      [
        [PAD, PAD],
        [width - PAD, height - PAD],
      ],
      { type: "MultiPoint", coordinates: around },
    );
  } else {
    projection.fitExtent(
      [
        [PAD, PAD],
        [width - PAD, height - PAD],
      ],
      { type: "Sphere" },
    );
  }

  const positions = new Map<string, Position>();
  let unplaced = 0;
  for (const party of parties) {
    const place = places.get(party.id);
    const projected = place ? projection(place) : null;
    if (projected) {
      const offset = party.kind === "organisation" ? SEAT_OFFSET : { x: 0, y: 0 };
      positions.set(party.id, { x: projected[0] + offset.x, y: projected[1] + offset.y });
    } else {
      positions.set(party.id, { x: PAD + unplaced * MIN_GAP * 1.5, y: height - PAD / 2 });
      unplaced++;
    }
  }
  separate(positions, MIN_GAP);
  return { projection, positions };
}

export type LabelSide = "bottom" | "right" | "left" | "top";

export interface LabelNode {
  id: string;
  x: number;
  y: number;
  label: string;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Sizes in model units, matching the stylesheet: node diameter, label font size and the gap to the node. */
export interface LabelMetrics {
  node: number;
  font: number;
  gap: number;
}
const METRICS: LabelMetrics = { node: 22, font: 13, gap: 5 };

/** Sides in order of preference; a later side must avoid more overlap to be chosen. */
const SIDES: readonly LabelSide[] = ["bottom", "right", "left", "top"];

function labelBox(n: LabelNode, side: LabelSide, m: LabelMetrics): Box {
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

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * How much of `box` is taken by the nodes and their labels (on the sides given in `sides`, below when absent), as
 * an area: 0 for a free place. Nodes in `skip` are not counted. No nodes give 0.
 */
export function crowding(
  box: Box,
  nodes: readonly LabelNode[],
  sides: ReadonlyMap<string, LabelSide>,
  skip: ReadonlySet<string> = new Set(),
  metrics: LabelMetrics = METRICS,
): number {
  const half = metrics.node / 2;
  let taken = 0;
  for (const n of nodes) {
    if (skip.has(n.id)) continue;
    taken += overlap(box, { x1: n.x - half, x2: n.x + half, y1: n.y - half, y2: n.y + half });
    taken += overlap(box, labelBox(n, sides.get(n.id) ?? "bottom", metrics));
  }
  return taken;
}

/**
 * Where to put each node's label so that labels avoid other nodes and each other: greedily, `first` ids first
 * (the route's parties get the best places), each label on the side with the least overlap, below when free.
 * Empty input gives an empty map.
 */
export function labelSides(
  nodes: readonly LabelNode[],
  first: ReadonlySet<string> = new Set(),
  metrics: LabelMetrics = METRICS,
): Map<string, LabelSide> {
  const out = new Map<string, LabelSide>();
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
    SIDES.forEach((side, rank) => {
      const box = labelBox(n, side, metrics);
      let cost = rank * 0.5;
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

/** Distinct neighbours, so parallel agreements between one pair do not count twice. */
function neighbourCount(node: NodeSingular): number {
  return node.neighborhood("node").length;
}

/**
 * Run `work` with Math.random replaced by a seeded generator, then restore it. fcose takes no seed, and its
 * spectral start (the part that gives it good pictures) draws on Math.random; a non-animated run is synchronous,
 * so the swap covers the whole run and nothing else.
 */
export function withSeed<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}

/** The ideal length of a route hop in the force layout: long enough for its label beside it and its arrow. */
const ROUTE_EDGE_LENGTH = 240;

/**
 * The Cytoscape layout options for a layout name. `geographic` is a preset of `frame.positions`; `force` is fcose
 * with ideal lengths by agreement kind (forums loosest, hops of the selected route longest);
 * `concentric` puts the best-connected parties in the middle. Run `force` inside `withSeed` without animation so
 * the same graph always gives the same picture.
 */
export function layoutOptions(
  name: Layout,
  frame: GeoFrame,
  options: { animate: boolean; fit: boolean },
): LayoutOptions {
  const common = { animate: options.animate, animationDuration: 450, fit: options.fit, padding: 48 };
  switch (name) {
    case "geographic":
      return {
        name: "preset",
        ...common,
        positions: Object.fromEntries(frame.positions),
      };
    case "force":
      return {
        name: "fcose",
        ...common,
        quality: "proof",
        randomize: true,
        nodeDimensionsIncludeLabels: true,
        nodeSeparation: 60,
        // A route hop wants room for its label and arrow; it pulls its ends apart with a firmer spring.
        idealEdgeLength: (edge: EdgeSingular) =>
          edge.hasClass("on-route") ? ROUTE_EDGE_LENGTH : edge.data("kind") === "forum" ? 140 : 80,
        edgeElasticity: (edge: EdgeSingular) =>
          edge.hasClass("on-route") ? 0.6 : edge.data("kind") === "forum" ? 0.05 : 0.45,
        nodeRepulsion: () => 6500,
        gravity: 0.25,
        numIter: 2500,
        packComponents: true,
      } as LayoutOptions;
    case "concentric":
      return {
        name: "concentric",
        ...common,
        concentric: neighbourCount,
        levelWidth: () => 2,
        minNodeSpacing: 46,
        startAngle: (3 / 2) * Math.PI,
        avoidOverlap: true,
      };
  }
}

/**
 * Scale `points` about the centre of their bounding box so they fill `size` less `margin` on each side (room for
 * the labels): a small force or concentric picture then fills the canvas at zoom 1 instead of floating in the
 * middle, with nodes and labels at their normal size. Never shrinks (a picture larger than the view is left to
 * the zoom); the horizontal and vertical scales differ by at most `MAX_STRETCH` so the picture keeps its shape.
 * The result is centred in `size`. Empty input gives an empty map; a single point goes to the centre.
 */
export function spreadToFill(
  points: ReadonlyMap<string, Position>,
  size: Size,
  margin: Position = SPREAD_MARGIN,
): Map<string, Position> {
  const out = new Map<string, Position>();
  if (points.size === 0) return out;
  const all = [...points.values()];
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const room = { x: Math.max(size.width - 2 * margin.x, 1), y: Math.max(size.height - 2 * margin.y, 1) };
  // A side with no extent (one row of nodes) takes the other side's scale.
  const fitX = x2 > x1 ? room.x / (x2 - x1) : Number.POSITIVE_INFINITY;
  const fitY = y2 > y1 ? room.y / (y2 - y1) : Number.POSITIVE_INFINITY;
  const even = Math.max(1, Math.min(fitX, fitY));
  const scale = Number.isFinite(even)
    ? {
        x: Math.max(1, Math.min(Number.isFinite(fitX) ? fitX : even, even * MAX_STRETCH)),
        y: Math.max(1, Math.min(Number.isFinite(fitY) ? fitY : even, even * MAX_STRETCH)),
      }
    : { x: 1, y: 1 };
  const from = { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
  const to = { x: size.width / 2, y: size.height / 2 };
  for (const [id, p] of points) {
    out.set(id, { x: to.x + (p.x - from.x) * scale.x, y: to.y + (p.y - from.y) * scale.y });
  }
  return out;
}

/** Room left around a spread picture for the labels of its outermost nodes. */
const SPREAD_MARGIN: Position = { x: 72, y: 36 };
/** How much more one axis may be stretched than the other when spreading a picture. */
const MAX_STRETCH = 1.35;

/**
 * Put `to` on the far side of `centre` from `from` in a concentric picture, so a route relayed through the middle
 * (Seoul to Tokyo through Washington) does not run its two hops along one line. A ring is the set of points at one
 * distance from `centre`; when `to` is on another ring than `from`, its whole ring is turned (the angle in a ring
 * means nothing in this layout), and when both share a ring, `to` changes places with the point of that ring nearest
 * the opposite side. Returns a new map; when either end is missing or sits at the centre, the points are unchanged.
 */
export function opposeEnds(
  points: ReadonlyMap<string, Position>,
  centre: Position,
  from: string,
  to: string,
): Map<string, Position> {
  const out = new Map(points);
  const a = points.get(from);
  const b = points.get(to);
  if (!a || !b || from === to) return out;
  const radius = (p: Position) => Math.hypot(p.x - centre.x, p.y - centre.y);
  const angle = (p: Position) => Math.atan2(p.y - centre.y, p.x - centre.x);
  const ra = radius(a);
  const rb = radius(b);
  if (ra < RING_TOLERANCE || rb < RING_TOLERANCE) return out;
  const opposite = angle(a) + Math.PI;
  if (Math.abs(ra - rb) >= RING_TOLERANCE) {
    const turn = opposite - angle(b);
    const [cos, sin] = [Math.cos(turn), Math.sin(turn)];
    for (const [id, p] of points) {
      if (Math.abs(radius(p) - rb) >= RING_TOLERANCE) continue;
      const [dx, dy] = [p.x - centre.x, p.y - centre.y];
      out.set(id, { x: centre.x + dx * cos - dy * sin, y: centre.y + dx * sin + dy * cos });
    }
    return out;
  }
  const gap = (p: Position) =>
    Math.abs(Math.atan2(Math.sin(angle(p) - opposite), Math.cos(angle(p) - opposite)));
  let nearest = to;
  for (const [id, p] of points) {
    if (id === from || Math.abs(radius(p) - rb) >= RING_TOLERANCE) continue;
    if (gap(p) < gap(points.get(nearest)!) - 1e-9) nearest = id;
  }
  out.set(to, points.get(nearest)!);
  out.set(nearest, b);
  return out;
}

/** Points whose distances from the centre differ by less than this lie on one ring. */
const RING_TOLERANCE = 1;

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
): Position {
  const length = Math.hypot(dx, dy);
  // Left of the direction of travel, with y pointing down.
  const normal = length > 0 ? { x: (dy / length) * side, y: (-dx / length) * side } : { x: 0, y: -1 };
  const reach = (width / 2) * Math.abs(normal.x) + (height / 2) * Math.abs(normal.y) + gap;
  return { x: normal.x * reach, y: normal.y * reach };
}
