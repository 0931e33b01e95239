// The Cytoscape layout behind each layout name: a preset of the geographic positions, fcose with ideal lengths by
// agreement kind, and concentric rings by degree.
import type { EdgeSingular, LayoutOptions, NodeSingular } from "cytoscape";
import type { GeoFrame } from "../../geo";
import type { Layout } from "../../state";
import { CLASSES } from "./classes";

/** Distinct neighbours, so parallel agreements between one pair do not count twice. */
function neighbourCount(node: NodeSingular): number {
  return node.neighborhood("node").length;
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
          edge.hasClass(CLASSES.onRoute) ? ROUTE_EDGE_LENGTH : edge.data("kind") === "forum" ? 140 : 80,
        edgeElasticity: (edge: EdgeSingular) =>
          edge.hasClass(CLASSES.onRoute) ? 0.6 : edge.data("kind") === "forum" ? 0.05 : 0.45,
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
