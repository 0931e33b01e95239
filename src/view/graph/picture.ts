// What toElements' output says about the picture to arrange: the parties to frame, the query's ends, labels, the
// route's hops and the links the map's centre is chosen for.
import { CLASSES } from "./classes";
import type { GraphElement } from "./elements";

/** How much more a link of the answer or route weighs than the rest when the map's centre is chosen. */
const FOCUS_WEIGHT = 100;

export interface Picture {
  /**
   * The parties the geographic view frames: the selected route's, else the answer's (its ends and permitted
   * routes) and those of the blocked candidates drawn, else none (meaning all).
   */
  focus: string[];
  /** The query's sender and receiver, when there is an answer. */
  ends: { from?: string; to?: string };
  /** Node labels by party id, in the elements' order. */
  labels: Map<string, string>;
  /** The selected route's hops: edge id, ends and label. */
  hops: { id: string; source: string; target: string; label: string }[];
  /** Every drawn edge's ends, the route's and the answer's weighing more, one link per pair of parties. */
  links: { a: string; b: string; weight: number }[];
}

/** The picture toElements' output describes. */
export function pictureOf(elements: readonly GraphElement[]): Picture {
  const picture: Picture = { focus: [], ends: {}, labels: new Map(), hops: [], links: [] };
  const onRoute: string[] = [];
  const inAnswer: string[] = [];
  const blockedEnds = new Set<string>();
  const links = new Map<string, { a: string; b: string; weight: number }>();
  for (const e of elements) {
    const has = (c: string) => e.classes.includes(c);
    if (e.group === "edges") {
      const { source, target } = e.data;
      const forward = has(CLASSES.onRoute) || has(CLASSES.inAnswer);
      if (has(CLASSES.onRoute)) picture.hops.push({ id: e.data.id, source, target, label: e.data.label });
      if (has(CLASSES.blockedRoute)) blockedEnds.add(source).add(target);
      const key = source < target ? `${source}\t${target}` : `${target}\t${source}`;
      const weight = forward ? FOCUS_WEIGHT : 1;
      const known = links.get(key);
      if (!known) links.set(key, { a: source, b: target, weight });
      else known.weight = Math.max(known.weight, weight);
      continue;
    }
    picture.labels.set(e.data.id, e.data.label);
    if (has(CLASSES.onRoute)) onRoute.push(e.data.id);
    if (has(CLASSES.inAnswer) || has(CLASSES.origin) || has(CLASSES.destination)) inAnswer.push(e.data.id);
    if (has(CLASSES.origin)) picture.ends.from ??= e.data.id;
    if (has(CLASSES.destination)) picture.ends.to ??= e.data.id;
  }
  // Without a selected route, the blocked candidates drawn (the group open in the routes panel) are framed too.
  picture.focus = onRoute.length > 0 ? onRoute : [...new Set([...inAnswer, ...blockedEnds])];
  picture.links = [...links.values()];
  return picture;
}
