// What there is to arrange: the parties to frame and the links the map's centre is chosen for (the core's
// mapFocus, which image export calls too), and from toElements' output the query's ends, labels and the route's hops.
import { type FocusInput, focusParties, mapLinks, type PartyLink, routeLines } from "../../geo";
import { CLASSES } from "./classes";
import type { GraphElement } from "./elements";

export interface Picture {
  /** The parties the geographic view frames (focusParties): the answer's, none (meaning all) without one. */
  focus: string[];
  /** The query's sender and receiver, when there is an answer. */
  ends: { from?: string; to?: string };
  /** Node labels by party id, in the elements' order. */
  labels: Map<string, string>;
  /** The selected route's hops: edge id, ends and label. */
  hops: { id: string; source: string; target: string; label: string }[];
  /** The lines between parties, the answer's weighing more (mapLinks): worked out only when a layout asks. */
  links(): PartyLink[];
  /** The route hops the parties' names keep clear of (routeLines), by party ids. */
  routeLines: [string, string][];
}

/** The picture toElements' output describes, framed for `focus` (the same input toElements drew from). */
export function pictureOf(elements: readonly GraphElement[], focus: FocusInput): Picture {
  const picture: Picture = {
    focus: focusParties(focus),
    ends: {},
    labels: new Map(),
    hops: [],
    links: () => mapLinks(focus),
    routeLines: routeLines(focus.answer, focus.selected),
  };
  for (const e of elements) {
    const has = (c: string) => e.classes.includes(c);
    if (e.group === "edges") {
      const { source, target } = e.data;
      if (has(CLASSES.onRoute)) picture.hops.push({ id: e.data.id, source, target, label: e.data.label });
      continue;
    }
    picture.labels.set(e.data.id, e.data.label);
    if (has(CLASSES.origin)) picture.ends.from ??= e.data.id;
    if (has(CLASSES.destination)) picture.ends.to ??= e.data.id;
  }
  return picture;
}
