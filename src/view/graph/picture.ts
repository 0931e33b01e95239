// What there is to arrange: the parties to frame (the selected route's, or the core's mapFocus, which image export
// calls too), the links the map's centre is chosen for, and from toElements' output the query's ends, labels and
// the route's hops.
import { type FocusInput, focusParties, mapLinks, type PartyLink, routeLines, weighFramed } from "../../geo";
import { CLASSES } from "./classes";
import type { EdgeElement, GraphElement } from "./elements";

export interface Picture {
  /**
   * The parties the geographic view frames (viewFocus): the selected route's alone while no blocked candidates are
   * drawn, else the answer's (focusParties); none (meaning all) without an answer.
   */
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

/**
 * mapLinks for a network drawn with `backdrop`, its backdrop edges (toElements' `network` edges, one per pair with
 * an agreement drawn, in the order the agreements first draw each pair): the same links in the same order, read from
 * the backdrop, which keeps every pair's status, instead of working out the status of every agreement's pairs again.
 */
export function networkLinks(backdrop: readonly EdgeElement[], focus: FocusInput): PartyLink[] {
  const pairOf = (a: string, b: string) => (a < b ? `${a}\t${b}` : `${b}\t${a}`);
  const links = new Map<string, PartyLink>();
  for (const { data } of backdrop)
    links.set(pairOf(data.source, data.target), { a: data.source, b: data.target, weight: 1 });
  return [...weighFramed(links, focus).values()];
}

/**
 * The parties the live map frames: with a route selected and no blocked candidates drawn, the query's ends and the
 * selected route's parties, so a short route (Seoul to Tokyo beside a relay through Washington) is seen on a map of
 * its own region, the others a selection away; otherwise focusParties, as an image frames them.
 */
export function viewFocus(focus: FocusInput): string[] {
  const { answer, selected, blocked = [] } = focus;
  if (!answer || !selected || blocked.length > 0) return focusParties(focus);
  return [...new Set([answer.query.from, answer.query.to, ...selected.parties])];
}

/**
 * The picture toElements' output describes, framed for `focus` (the same input toElements drew from). A network's
 * links are read from its backdrop edges (networkLinks), so `elements` must then hold them.
 */
export function pictureOf(elements: readonly GraphElement[], focus: FocusInput): Picture {
  const picture: Picture = {
    focus: viewFocus(focus),
    ends: {},
    labels: new Map(),
    hops: [],
    links: () => {
      const backdrop = elements.filter(
        (e): e is EdgeElement => e.group === "edges" && e.classes.includes(CLASSES.network),
      );
      return backdrop.length > 0 ? networkLinks(backdrop, focus) : mapLinks(focus);
    },
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
