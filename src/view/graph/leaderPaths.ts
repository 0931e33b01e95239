// The leader lines from map labels moved away from their parties, as paths drawn under the graph with the map, in
// the leader style image export draws them in.
import { lineStyle, type SceneBackdropPath } from "../../export/pure";
import type { Point } from "../../geo";

const LEADER = lineStyle("leader", "forum", "binding");

/** One thin line per leader, from the node's edge to the nearest point of its label. No leaders give no paths. */
export function leaderPaths(leaders: readonly (readonly [Point, Point])[]): SceneBackdropPath[] {
  return leaders.map(([from, to], i) => ({
    id: `leader-${i}`,
    d: `M${from.x.toFixed(1)},${from.y.toFixed(1)}L${to.x.toFixed(1)},${to.y.toFixed(1)}`,
    fill: "none",
    stroke: LEADER.colour,
    // In pixels whatever the zoom.
    strokeWidth: LEADER.width,
  }));
}
