// The Cytoscape layout behind each layout name: a preset of positions the core computed (the geographic frame, the
// concentric rings), or fcose with ideal lengths by agreement kind.
import type { EdgeSingular, LayoutOptions } from "cytoscape";
import type { Point } from "../../geo";
import type { Layout } from "../../state";
import { CLASSES } from "./classes";

/** The ideal length of a route hop in the force layout: long enough for its label beside it and its arrow. */
const ROUTE_EDGE_LENGTH = 240;

/**
 * The Cytoscape layout options for a layout name. `geographic` and `concentric` are a preset of `positions` (the
 * geographic frame's, concentricPositions'); `force` is fcose with ideal lengths by agreement kind (forums loosest,
 * hops of the selected route longest) and ignores `positions`. Run `force` inside `withSeed` without animation so
 * the same graph always gives the same picture.
 */
export function layoutOptions(
  name: Layout,
  positions: ReadonlyMap<string, Point> | null,
  options: { animate: boolean; fit: boolean },
): LayoutOptions {
  const common = { animate: options.animate, animationDuration: 450, fit: options.fit, padding: 48 };
  if (name !== "force") {
    return { name: "preset", ...common, positions: Object.fromEntries(positions ?? []) };
  }
  return {
    name: "fcose",
    ...common,
    quality: "proof",
    randomize: true,
    nodeDimensionsIncludeLabels: true,
    nodeSeparation: 60,
    // A route hop wants room for its label and arrow; it pulls its ends apart with a firmer spring.
    idealEdgeLength: (edge: EdgeSingular) =>
      edge.hasClass(CLASSES.onRoute) ? ROUTE_EDGE_LENGTH : edge.data("kind") === "forum" ? 140 : 80,
    edgeElasticity: (edge: EdgeSingular) =>
      edge.hasClass(CLASSES.onRoute) ? 0.6 : edge.data("kind") === "forum" ? 0.05 : 0.45,
    nodeRepulsion: () => 6500,
    gravity: 0.25,
    numIter: 2500,
    packComponents: true,
  } as LayoutOptions;
}
