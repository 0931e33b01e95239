// Putting the parties' labels in place on the graph: beside their nodes (force and concentric), or on the map with
// leader lines where the countries crowd. Places are computed from positions and label text (labelPlacement,
// mapLabels) and applied as classes, with the offset of a label moved away as a style of its node.
import type { Core } from "cytoscape";
import type { Point } from "../../geo";
import { LABEL_CLASSES, type LabelPlace, labelClass } from "./classes";
import type { GraphDetail } from "./detail";
import { type LabelNode, type LabelSide, labelSides } from "./labelPlacement";
import { placeMapLabels } from "./mapLabels";
import type { Picture } from "./picture";

/** Past this many parties labels stay below their nodes: placing them would cost more than a frame. */
const MAX_PLACED = 400;

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

/** The sides of labels that sit beside their node, for the route's curves to keep clear of. */
export function besideSides(places: ReadonlyMap<string, LabelPlace>): Map<string, LabelSide> {
  const out = new Map<string, LabelSide>();
  for (const [id, place] of places) if (place !== "away" && place !== "none") out.set(id, place);
  return out;
}

/** What placing the labels gave: each node's label place, and the leader lines drawn to labels moved away. */
export interface PlacedLabels {
  places: Map<string, LabelPlace>;
  leaders: [Point, Point][];
}

/**
 * Place every label and apply the places: on the map (`onMap`) with placeMapLabels, which never moves a node and
 * draws leader lines (for the network, to the focus parties' labels only); elsewhere on the freest side
 * (labelSides). The focus parties get the best places.
 */
export function placeLabels(cy: Core, picture: Picture, onMap: boolean, detail: GraphDetail): PlacedLabels {
  const nodes = labelNodes(picture, readPositions(cy));
  const first = new Set(picture.focus);
  const places = new Map<string, LabelPlace>();
  const offsets = new Map<string, Point>();
  const leaders: [Point, Point][] = [];
  if (nodes.length > MAX_PLACED) {
    // Labels stay below their nodes.
  } else if (onMap) {
    for (const [id, label] of placeMapLabels(nodes, first, undefined, detail === "full" ? "all" : "first")) {
      if (label.place === "beside") places.set(id, label.side);
      else if (label.place === "none") places.set(id, "none");
      else {
        places.set(id, "away");
        offsets.set(id, label.offset);
        leaders.push(label.leader);
      }
    }
  } else {
    for (const [id, side] of labelSides(nodes, first)) places.set(id, side);
  }
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const place = places.get(n.id()) ?? "bottom";
      const wasAway = n.hasClass(labelClass("away"));
      if (!n.hasClass(labelClass(place))) {
        n.removeClass(LABEL_CLASSES);
        n.addClass(labelClass(place));
      }
      const offset = offsets.get(n.id());
      if (offset) n.style({ "text-margin-x": offset.x, "text-margin-y": offset.y });
      else if (wasAway) n.removeStyle("text-margin-x text-margin-y");
    });
  });
  return { places, leaders };
}
