// The force-directed picture of a large network: ForceAtlas2 (Barnes–Hut above a few hundred parties) from a
// spiral ordered by degree, so the same network always gives the same picture. Pure, so it can run in a worker.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { Point } from "../../geo";

export interface NetworkForceInput {
  /** Party ids, in the order the picture should start them from the middle outwards (best connected first). */
  nodes: string[];
  /** Pairs of party ids that are linked; pairs naming unknown ids are skipped. */
  edges: [string, string][];
}

/** Room per node in the finished picture, in graph units: nodes about this far apart on average. */
const ROOM = 60;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Positions for every node: a sunflower spiral (first node in the middle), then ForceAtlas2 for a number of
 * iterations that keeps the work to about a second for two thousand parties, scaled so that the picture's side is
 * about `ROOM` times the square root of the node count, centred on the origin. No nodes give an empty map.
 */
export function networkForce({ nodes, edges }: NetworkForceInput): Map<string, Point> {
  const graph = new Graph({ type: "undirected", multi: false });
  nodes.forEach((id, i) => {
    const r = Math.sqrt(i + 0.5);
    graph.mergeNode(id, { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) });
  });
  for (const [a, b] of edges) if (a !== b && graph.hasNode(a) && graph.hasNode(b)) graph.mergeEdge(a, b);
  const large = graph.order > 400;
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: large ? 60 : 200,
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: large, adjustSizes: false },
    });
  }
  const out = new Map<string, Point>();
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  graph.forEachNode((_id, { x, y }) => {
    [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  });
  const side = ROOM * Math.sqrt(graph.order);
  const scale = side / Math.max(x2 - x1, y2 - y1, 1e-9);
  graph.forEachNode((id, { x, y }) => {
    out.set(id, { x: (x - (x1 + x2) / 2) * scale, y: (y - (y1 + y2) / 2) * scale });
  });
  return out;
}

/** Nodes on a sunflower spiral, the first in the middle, about `ROOM` apart: where networkForce starts from. */
export function spiralPositions(nodes: readonly string[]): Map<string, Point> {
  const out = new Map<string, Point>();
  nodes.forEach((id, i) => {
    const r = ROOM * 0.55 * Math.sqrt(i + 0.5);
    out.set(id, { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) });
  });
  return out;
}
