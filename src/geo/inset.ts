// Geometry of a magnified inset: the region around a few close points that a box of a given size shows enlarged,
// the corners of a picture such a box may sit in, and where a line between two boxes leaves each.
import type { Box, Point, Size } from "./plane";

/** How an inset magnifies: the region it shows (in the picture's units) and how many times larger it draws it. */
export interface InsetView {
  region: Box;
  zoom: number;
}

/** Bounds on an inset's magnification: less than `min` is not worth a box, more than `max` shows too little map. */
export interface ZoomLimits {
  min: number;
  max: number;
}

/** The smallest box holding every point; none for no points. */
export function boxAround(points: readonly Point[]): Box | null {
  if (points.length === 0) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

/**
 * The region a box of `size` shows to enlarge `points` as much as it can while keeping `pad` (in the box's units,
 * room for names and shapes) around them, centred on them; the zoom is capped at `limits.max`. Null when the points
 * would not be drawn at least `limits.min` times larger, or for no points.
 */
export function magnifiedView(
  points: readonly Point[],
  size: Size,
  pad: Point,
  limits: ZoomLimits,
): InsetView | null {
  const box = boxAround(points);
  if (!box) return null;
  const [w, h] = [box.x2 - box.x1, box.y2 - box.y1];
  const scaleTo = (room: number, extent: number) => (extent > 0 ? room / extent : Number.POSITIVE_INFINITY);
  const zoom = Math.min(limits.max, scaleTo(size.width - 2 * pad.x, w), scaleTo(size.height - 2 * pad.y, h));
  if (!(zoom >= limits.min)) return null;
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  const [rw, rh] = [size.width / zoom / 2, size.height / zoom / 2];
  return { region: { x1: centre.x - rw, y1: centre.y - rh, x2: centre.x + rw, y2: centre.y + rh }, zoom };
}

/** The boxes of `size` in the four corners of `area`, `margin` in from its edges: bottom left, bottom right, top
 * left, top right (the order ties are settled in). */
export function cornerBoxes(area: Box, size: Size, margin: number): Box[] {
  const left = area.x1 + margin;
  const right = area.x2 - margin - size.width;
  const top = area.y1 + margin;
  const bottom = area.y2 - margin - size.height;
  return [
    [left, bottom],
    [right, bottom],
    [left, top],
    [right, top],
  ].map(([x, y]) => ({ x1: x!, y1: y!, x2: x! + size.width, y2: y! + size.height }));
}

/** True when the boxes share any area, or come within `gap` of each other. */
export function boxesMeet(a: Box, b: Box, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

/** Where the segment from `box`'s centre towards `to` crosses its edge (its centre for a point inside it or on it). */
export function edgeToward(box: Box, to: Point): Point {
  const c = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  const [dx, dy] = [to.x - c.x, to.y - c.y];
  const tx = dx !== 0 ? (box.x2 - box.x1) / 2 / Math.abs(dx) : Number.POSITIVE_INFINITY;
  const ty = dy !== 0 ? (box.y2 - box.y1) / 2 / Math.abs(dy) : Number.POSITIVE_INFINITY;
  const t = Math.min(tx, ty, 1);
  return { x: c.x + dx * t, y: c.y + dy * t };
}
