// Arranging a force or concentric picture for the canvas: spread to fill it, and the query's ends turned to face
// each other across the rings.
import type { Point, Size } from "../../geo";

/**
 * Scale `points` about the centre of their bounding box so they fill `size` less `margin` on each side (room for
 * the labels): a small force or concentric picture then fills the canvas at zoom 1 instead of floating in the
 * middle, with nodes and labels at their normal size. Never shrinks (a picture larger than the view is left to
 * the zoom); the horizontal and vertical scales differ by at most `MAX_STRETCH` so the picture keeps its shape.
 * The result is centred in `size`. Empty input gives an empty map; a single point goes to the centre.
 */
export function spreadToFill(
  points: ReadonlyMap<string, Point>,
  size: Size,
  margin: Point = SPREAD_MARGIN,
): Map<string, Point> {
  const out = new Map<string, Point>();
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
const SPREAD_MARGIN: Point = { x: 72, y: 36 };
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
  points: ReadonlyMap<string, Point>,
  centre: Point,
  from: string,
  to: string,
): Map<string, Point> {
  const out = new Map(points);
  const a = points.get(from);
  const b = points.get(to);
  if (!a || !b || from === to) return out;
  const radius = (p: Point) => Math.hypot(p.x - centre.x, p.y - centre.y);
  const angle = (p: Point) => Math.atan2(p.y - centre.y, p.x - centre.x);
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
  const gap = (p: Point) =>
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
