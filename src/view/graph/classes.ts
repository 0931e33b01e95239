// The class names toElements gives the graph's elements, which the stylesheet draws and the view's arrangement
// looks for: each written once here. Agreement kinds and party kinds are classes too, named by the data itself.
import { LABEL_SIDES, type LabelSide, type PartyLabel } from "../../geo";
import type { Party } from "../../model";

export const CLASSES = {
  /** An edge whose agreement is in force on the date, or not. */
  operative: "operative",
  inactive: "inactive",
  nonBinding: "non-binding",
  /** Switched off by the scenario. */
  disabled: "disabled",
  /** The party or agreement selected in the graph or a panel. */
  selected: "selected",
  /** A hub-and-spoke agreement's hub, its edges, and the end of an edge the hub is at. */
  hub: "hub",
  hubSpoke: "hub-spoke",
  hubAtTarget: "hub-at-target",
  hubAtSource: "hub-at-source",
  /** The selected route's hops and parties. */
  onRoute: "on-route",
  blockedRoute: "blocked-route",
  blockedHop: "blocked-hop",
  /** With an answer and no route selected: what lies on a permitted route, and everything else. */
  inAnswer: "in-answer",
  context: "context",
  /** With a route selected: everything off it. */
  dimmed: "dimmed",
  /** Network detail: the backdrop edge standing for all the agreements of a pair, and every party node. */
  network: "network",
  /** The query's sender and receiver. */
  origin: "origin",
  destination: "destination",
  /** Edges a comparison of two dates marks (see withChanges in elements.ts). */
  gained: "change-gained",
  lost: "change-lost",
  changed: "change-changed",
} as const;

/** The party kind drawn as a rounded box rather than a circle. */
export const ORGANISATION: Party["kind"] = "organisation";

/** Where a node's label is: on a side of it, moved away from it (with a leader line on the map), or left off. */
export type LabelPlace = LabelSide | "away" | "none";

/** The class-level place of a party's label (partyLabels): its side, "away" or "none". */
export function labelPlaceOf(label: PartyLabel): LabelPlace {
  return label.place === "beside" ? label.side : label.place;
}

/** The class that puts a node's label at `place`. */
export function labelClass(place: LabelPlace): string {
  return `label-${place}`;
}

/** Every label class, space-separated, to take a node's old place off. */
export const LABEL_CLASSES = [...LABEL_SIDES, "away", "none"]
  .map((p) => labelClass(p as LabelPlace))
  .join(" ");
