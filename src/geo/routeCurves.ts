// A route's curves, for the explorer's graph and image export alike: each hop bowed so a relay's two hops part and
// round every party in its way, its label level beside the curve where the parties and their labels leave it most
// room. Pure geometry on positions and label text.

import { crowding, type LabelNode, type LabelSpot, labelOffset } from "./labelPlacement";
import type { Point } from "./plane";

/** How far a route hop bows out, as a share of its length: hops into and out of one relay then part ways. */
const ROUTE_BOW = 0.14;
/** Where along a hop its label may go (0 at the sender, 1 at the receiver), the middle first. */
const LABEL_SPOTS = [0.5, 0.4, 0.6, 0.3, 0.7];
/** The route label's font, as in the stylesheet (bold 11px), for estimating its width. */
const ROUTE_LABEL_FONT = 11;
/** How much farther than the standard bow a hop may bend to go round a node in its way. */
const BOW_STEPS = [1, 2, 3, 4.5];
/** How close a route's curve may come to the centre of a node it does not link: past its edge, and a little. */
export const NODE_CLEARANCE = 18;
/** Costs that rank a curve: through a node is worst, then bending the wrong way or farther. */
const THROUGH_NODE = 1e7;
const WRONG_SIDE = 4e4;
const FARTHER = 300;

/** A hop of the selected route: its edge id, where its ends are and the label it carries. */
export interface RouteHop {
  id: string;
  source: Point;
  target: Point;
  label: string;
}

/** How a hop is drawn: a quadratic curve `bow` to the left of its direction (negative: to the right), its label
 * moved from the curve's middle by `margin`. */
export interface HopCurve {
  bow: number;
  margin: Point;
}

/**
 * The curve of every hop of a route, by edge id. A relay's incoming and outgoing hops must not lie on top of each
 * other when the two ends are close (Seoul and Tokyo relayed through Washington), so the hops of a relayed route all
 * bow to their left (seen from the sender), which parts them; a direct hop bows to whichever side leaves its label
 * freer. The label goes beside the curve's middle, or a little along it, on the side freest of `nodes` and their
 * labels (at the `spots` given, below when absent). A curve never passes over a node other than its own ends: it
 * bends farther, or the other way, until it clears every node by `NODE_CLEARANCE` where it can. No hops give an
 * empty map.
 */
export function routeCurves(
  hops: readonly RouteHop[],
  nodes: readonly LabelNode[],
  spots: ReadonlyMap<string, LabelSpot>,
): Map<string, HopCurve> {
  const out = new Map<string, HopCurve>();
  for (const hop of hops) {
    const a = hop.source;
    const b = hop.target;
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    const length = Math.hypot(dx, dy);
    const standard = Math.min(120, Math.max(10, length * ROUTE_BOW));
    const others = nodes.filter(
      (n) => Math.hypot(n.x - a.x, n.y - a.y) > 1 && Math.hypot(n.x - b.x, n.y - b.y) > 1,
    );
    // Bold text averages a little over 0.6 of the font size per character; the padding adds a few pixels.
    const width = hop.label.length * ROUTE_LABEL_FONT * 0.62 + 6;
    const height = ROUTE_LABEL_FONT + 6;
    // The left normal with y pointing down; the control point lies the bow's length out along it.
    const left = length > 0 ? { x: dy / length, y: -dx / length } : { x: 0, y: -1 };
    const place = (bowSide: 1 | -1, labelSide: 1 | -1, t: number, bow: number) => {
      const control = {
        x: (a.x + b.x) / 2 + left.x * bowSide * bow,
        y: (a.y + b.y) / 2 + left.y * bowSide * bow,
      };
      // Cytoscape puts the label at the curve's middle (t = 0.5); the margin may slide it along the curve.
      const at = (u: number) => ({
        x: (1 - u) ** 2 * a.x + 2 * u * (1 - u) * control.x + u ** 2 * b.x,
        y: (1 - u) ** 2 * a.y + 2 * u * (1 - u) * control.y + u ** 2 * b.y,
      });
      const [middle, spot] = [at(0.5), at(t)];
      // Off the middle the curve turns away from the chord: a wider gap keeps the label clear of it.
      const off = labelOffset(dx, dy, labelSide, width, height, 4 + Math.abs(t - 0.5) * bow);
      const centre = { x: spot.x + off.x, y: spot.y + off.y };
      const box = {
        x1: centre.x - width / 2,
        x2: centre.x + width / 2,
        y1: centre.y - height / 2,
        y2: centre.y + height / 2,
      };
      let through = 0;
      for (let u = 0.05; u < 0.96; u += 0.05) {
        const p = at(u);
        for (const n of others) if (Math.hypot(n.x - p.x, n.y - p.y) < NODE_CLEARANCE) through++;
      }
      // Away from the middle costs a little, so a free middle wins.
      const cost =
        through * THROUGH_NODE +
        crowding(box, nodes, spots) +
        Math.abs(t - 0.5) * 200 +
        (bow / standard - 1) * FARTHER;
      return { bowSide, bow, margin: { x: centre.x - middle.x, y: centre.y - middle.y }, cost };
    };
    // A relayed route's hops all bow left (so they part), unless only the right clears a node; a direct hop bows to
    // the side its label goes.
    const sidesToTry: [1 | -1, 1 | -1, number][] =
      hops.length > 1
        ? [
            [1, 1, 0],
            [1, -1, 0],
            [-1, -1, WRONG_SIDE],
            [-1, 1, WRONG_SIDE],
          ]
        : [
            [1, 1, 0],
            [-1, -1, 0],
          ];
    let best = place(1, 1, 0.5, standard);
    for (const step of BOW_STEPS) {
      const bow = Math.min(standard * step, length * 0.6 + 10);
      for (const t of LABEL_SPOTS) {
        for (const [bowSide, labelSide, extra] of sidesToTry) {
          const option = place(bowSide, labelSide, t, bow);
          option.cost += extra;
          if (option.cost < best.cost) best = option;
        }
      }
      // A curve clear of every node at this bend, on its own side, needs no farther one.
      if (best.cost < WRONG_SIDE) break;
    }
    out.set(hop.id, { bow: best.bow * best.bowSide, margin: best.margin });
  }
  return out;
}
