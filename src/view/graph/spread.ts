// Arranging a force or concentric picture for the canvas: spread to fill it.
import type { Point, Size } from "../../geo";

/**
 * Scale `points` about the centre of their bounding box so they fill `size` less `margin` on each side (room for
 * the labels): a small force or concentric picture then fills the canvas at zoom 1 instead of floating in the
 * middle, with nodes and labels at their normal size. The horizontal and vertical scales differ by at most
 * `MAX_STRETCH` so the picture keeps its shape. A picture larger than the view is left to the zoom, but for its
 * shape: it keeps its size along the axis with more room and is squashed along the other by at most `MAX_STRETCH`.
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
  const even = Math.min(fitX, fitY);
  // Each axis may take up to MAX_STRETCH times the other's scale, so a picture of another shape than the canvas
  // still fills it. A picture larger than the canvas keeps its size on the axis with more room and is squashed on
  // the other, which lets the view zoom in that much further: its names stay above the size Cytoscape hides.
  const stretched = Number.isFinite(even)
    ? {
        x: Number.isFinite(fitX) ? Math.min(fitX, even * MAX_STRETCH) : even * MAX_STRETCH,
        y: Number.isFinite(fitY) ? Math.min(fitY, even * MAX_STRETCH) : even * MAX_STRETCH,
      }
    : { x: 1, y: 1 };
  const larger = Math.max(stretched.x, stretched.y);
  const scale =
    even < 1
      ? { x: stretched.x / larger, y: stretched.y / larger }
      : { x: Math.max(1, stretched.x), y: Math.max(1, stretched.y) };
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
