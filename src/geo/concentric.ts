// The concentric layout, for the explorer's graph and image export alike: the best-connected parties in the middle,
// rings outward by number of partners, and the query's sender and receiver turned to face each other across the
// middle, so a route relayed through the middle does not run its hops along one line.

import { type Day, type Model, OPERATIVE, pairsOf, statusOn } from "../model";
import type { Point } from "./plane";

/** Room between neighbours on a ring (centre to centre) and between rings, in graph units. */
const SPACING = 70;
/** Parties whose partner counts differ by less than this share a ring. */
const LEVEL_WIDTH = 2;

export interface ConcentricOptions {
  /** Count only agreements operative on this date (the graph hides the others); all of them when absent. */
  at?: Day;
  /** The query's ends, put opposite each other. */
  ends?: { from: string; to: string };
}

/**
 * Positions for every party of `model` on concentric rings about (0, 0): sorted by their number of distinct
 * partners, most first, each ring holding parties whose counts are within two of its first, each ring far enough
 * out for its parties to keep their spacing, starting at the top and going clockwise. With `ends`, the receiver's
 * ring is turned so it faces the sender across the middle (or, on the sender's ring, the two trade places with
 * the party facing it). An empty model gives no positions.
 */
export function concentricPositions(model: Model, options: ConcentricOptions = {}): Map<string, Point> {
  const partners = new Map<string, Set<string>>(model.dataset.parties.map((p) => [p.id, new Set()]));
  for (const agreement of model.dataset.agreements) {
    for (const [a, b] of pairsOf(agreement)) {
      if (options.at && !OPERATIVE.has(statusOn(agreement, options.at, [a, b]).status)) continue;
      partners.get(a)?.add(b);
      partners.get(b)?.add(a);
    }
  }
  const sorted = [...partners].sort((x, y) => y[1].size - x[1].size);
  const levels: string[][] = [];
  let first = Number.NaN;
  for (const [id, set] of sorted) {
    if (levels.length === 0 || first - set.size >= LEVEL_WIDTH) {
      levels.push([]);
      first = set.size;
    }
    levels[levels.length - 1]!.push(id);
  }
  const rings: { radius: number; ids: string[] }[] = [];
  let radius = 0;
  for (const [i, ids] of levels.entries()) {
    const needed = ids.length > 1 ? SPACING / (2 * Math.sin(Math.PI / ids.length)) : 0;
    radius = i === 0 ? needed : Math.max(radius + SPACING, needed);
    rings.push({ radius, ids });
  }
  const angleOf = new Map<string, number>();
  const ringOf = new Map<string, number>();
  rings.forEach((ring, r) => {
    ring.ids.forEach((id, k) => {
      angleOf.set(id, (3 / 2) * Math.PI + (2 * Math.PI * k) / ring.ids.length);
      ringOf.set(id, r);
    });
  });
  if (options.ends) faceEachOther(options.ends, rings, angleOf, ringOf);
  const out = new Map<string, Point>();
  for (const [id, r] of ringOf) {
    const { radius: rr } = rings[r]!;
    const angle = angleOf.get(id)!;
    out.set(id, { x: rr * Math.cos(angle), y: rr * Math.sin(angle) });
  }
  return out;
}

function faceEachOther(
  ends: { from: string; to: string },
  rings: { radius: number; ids: string[] }[],
  angleOf: Map<string, number>,
  ringOf: Map<string, number>,
): void {
  const [rf, rt] = [ringOf.get(ends.from), ringOf.get(ends.to)];
  if (rf === undefined || rt === undefined || ends.from === ends.to) return;
  if (rings[rf]!.radius === 0 || rings[rt]!.radius === 0) return;
  const opposite = angleOf.get(ends.from)! + Math.PI;
  if (rf !== rt) {
    const turn = opposite - angleOf.get(ends.to)!;
    for (const id of rings[rt]!.ids) angleOf.set(id, angleOf.get(id)! + turn);
    return;
  }
  const gap = (id: string) => {
    const d = angleOf.get(id)! - opposite;
    return Math.abs(Math.atan2(Math.sin(d), Math.cos(d)));
  };
  const facing = rings[rf]!.ids.filter((id) => id !== ends.from).sort((a, b) => gap(a) - gap(b))[0];
  if (!facing || facing === ends.to) return;
  const [a, b] = [angleOf.get(ends.to)!, angleOf.get(facing)!];
  angleOf.set(ends.to, b);
  angleOf.set(facing, a);
}
