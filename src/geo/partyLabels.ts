// Where every party's name goes on a picture, for the explorer's graph and image export alike: on the map beside its
// party where there is room, else moved away with a leader line (mapLabels.ts); elsewhere on its party's freest side
// (labelPlacement.ts). One call, in graph units, so the graph and its exported image name the same parties in the
// same places.

import type { Route, RouteAnswer } from "../routing";
import { type LabelNode, type LabelSpot, labelSides, type Segment } from "./labelPlacement";
import { type MapLabel, placeMapLabels } from "./mapLabels";

/** Where a party's name is: beside its party on one side, moved away from it (with a leader line), or left off. */
export type PartyLabel = MapLabel;

/** Past this many parties every name stays below its party: placing them would cost more than a frame. */
export const MAX_PLACED = 400;

export interface PartyLabelOptions {
  /** The parties in focus: placed first, so they get the best places, and never left off. */
  first: ReadonlySet<string>;
  /** On the map parties cannot move, so crowded names move away with leader lines; elsewhere each goes beside. */
  onMap: boolean;
  /**
   * A large network (the graph's network detail): on the map only the focus parties' names move away, the others
   * sit beside their party or wait for the zoom, since hundreds of leader lines would hide the map.
   */
  network: boolean;
  /** The route hops drawn most prominently (routeLines), by their chords: names keep clear of them. */
  lines?: readonly Segment[];
}

/**
 * The place of every node's name, by id, as the explorer draws it and image export copies it: see PartyLabelOptions.
 * Never moves a node. Past MAX_PLACED nodes every name goes below its node. No nodes give an empty map.
 */
export function partyLabels(
  nodes: readonly LabelNode[],
  options: PartyLabelOptions,
): Map<string, PartyLabel> {
  const out = new Map<string, PartyLabel>();
  if (nodes.length > MAX_PLACED) {
    for (const n of nodes) out.set(n.id, { place: "beside", side: "bottom" });
  } else if (options.onMap) {
    return placeMapLabels(nodes, options.first, undefined, options.network ? "first" : "all", options.lines);
  } else {
    for (const [id, side] of labelSides(nodes, options.first, undefined, options.lines))
      out.set(id, { place: "beside", side });
  }
  return out;
}

/**
 * The hops the parties' names keep clear of, as pairs of party ids: the selected route's when there is one, else
 * those of every permitted route of the answer. No answer gives none.
 */
export function routeLines(
  answer: RouteAnswer | null,
  selected: Route | null | undefined,
): [string, string][] {
  const routes = selected ? [selected] : (answer?.routes ?? []);
  return routes.flatMap((r) => r.hops.map((h): [string, string] => [h.from, h.to]));
}

/** Where each name is (its side, its offset when moved away, or nowhere), for a route's curves to keep clear of. */
export function labelSpots(labels: ReadonlyMap<string, PartyLabel>): Map<string, LabelSpot> {
  const out = new Map<string, LabelSpot>();
  for (const [id, label] of labels)
    out.set(id, label.place === "beside" ? label.side : label.place === "away" ? label.offset : null);
  return out;
}
