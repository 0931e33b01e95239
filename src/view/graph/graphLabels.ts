// Putting the parties' names in place on the graph where the core's partyLabels says (beside their nodes, or on the
// map moved away with leader lines where the countries crowd): applied as classes, with the offset of a name moved
// away as a style of its node. The places are kept as data, which image export draws from.
import type { Core } from "cytoscape";
import type { GraphDetail } from "../../export/pure";
import { type LabelNode, type PartyLabel, type Point, partyLabels, type Segment } from "../../geo";
import { LABEL_CLASSES, labelClass, labelPlaceOf } from "./classes";
import type { Picture } from "./picture";

/** Node positions by id, as the layout left them. */
export function readPositions(cy: Core): Map<string, Point> {
  return new Map(cy.nodes().map((n): [string, Point] => [n.id(), { ...n.position() }]));
}

export function labelNodes(picture: Picture, positions: ReadonlyMap<string, Point>): LabelNode[] {
  return [...picture.labels].flatMap(([id, label]) => {
    const p = positions.get(id);
    return p ? [{ id, x: p.x, y: p.y, label }] : [];
  });
}

/** The leader lines of the names moved away, from the node's edge to the nearest point of its name. */
export function leadersOf(labels: ReadonlyMap<string, PartyLabel>): [Point, Point][] {
  return [...labels.values()].flatMap((label) => (label.place === "away" ? [label.leader] : []));
}

/**
 * Place every name (partyLabels: on the map, `onMap`, names never move a node and crowded ones move away with a
 * leader line, for the network only the focus parties'; elsewhere each on its node's freest side; the focus parties
 * first, and clear of the route's hops) and apply the places. Returns them by node id.
 */
export function placeLabels(
  cy: Core,
  picture: Picture,
  onMap: boolean,
  detail: GraphDetail,
): Map<string, PartyLabel> {
  const positions = readPositions(cy);
  const lines = picture.routeLines.flatMap(([a, b]): Segment[] => {
    const [p, q] = [positions.get(a), positions.get(b)];
    return p && q ? [[p, q]] : [];
  });
  const labels = partyLabels(labelNodes(picture, positions), {
    first: new Set(picture.focus),
    onMap,
    network: detail === "network",
    lines,
  });
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const label = labels.get(n.id());
      const place = label ? labelPlaceOf(label) : "bottom";
      const wasAway = n.hasClass(labelClass("away"));
      if (!n.hasClass(labelClass(place))) {
        n.removeClass(LABEL_CLASSES);
        n.addClass(labelClass(place));
      }
      if (label?.place === "away")
        n.style({ "text-margin-x": label.offset.x, "text-margin-y": label.offset.y });
      else if (wasAway) n.removeStyle("text-margin-x text-margin-y");
    });
  });
  return labels;
}
