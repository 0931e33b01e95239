// What "Compare with date…" draws on the graph: the agreement edges of routes gained, lost or changed, and of
// channels that came into or went out of force, by the graph's pair keys. Routes count before channels.
import type { DateComparison } from "../../analysis/types";
import { pairKey } from "../../model";
import type { Route } from "../../routing";
import type { EdgeChange, EdgeChanges } from "../graph/elements";

/** The graph edges a comparison marks; an empty map when it marks none. */
export function comparisonOverlay(comparison: DateComparison): EdgeChanges {
  const marks = new Map<string, EdgeChange>();
  const mark = (key: string, change: EdgeChange) => {
    if (!marks.has(key)) marks.set(key, change);
  };
  const hops = (routes: readonly Pick<Route, "hops">[], change: EdgeChange) => {
    for (const route of routes)
      for (const hop of route.hops) mark(pairKey(hop.agreement, hop.from, hop.to), change);
  };
  hops(comparison.gained, "gained");
  hops(comparison.lost, "lost");
  hops(
    comparison.changed.map((c) => c.after),
    "changed",
  );
  for (const c of comparison.channels.cameIntoForce) mark(pairKey(c.agreement, c.from, c.to), "gained");
  for (const c of comparison.channels.wentOutOfForce) mark(pairKey(c.agreement, c.from, c.to), "lost");
  return marks;
}
