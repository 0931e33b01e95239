// What the map is framed and centred for, for the explorer's graph and image export alike: the parties of the routes
// drawn prominently (focus) and the lines drawn between parties, those routes' hops weighing most for the centre.
import { type Day, type Model, OPERATIVE, pairsOf, statusOn } from "../model";
import type { Route, RouteAnswer } from "../routing";

/** How much more a hop of a route the map is framed for weighs than any other line when the centre is chosen. */
export const FOCUS_WEIGHT = 100;

export interface FocusInput {
  model: Model;
  at: Day;
  answer: RouteAnswer | null;
  /** The selected route, if any: framed even when it is blocked. */
  selected?: Route | null;
  /** The blocked candidates drawn. */
  blocked?: readonly Route[];
  /** Agreements not in force on `at` are not drawn, so their lines do not count. */
  hideInactive: boolean;
}

/** A line drawn between two parties, by id, and how much a long way round would cost. */
export interface PartyLink {
  a: string;
  b: string;
  weight: number;
}

/** The most blocked candidates drawn that the map is framed for (framedBlocked says which when more are drawn). */
export const MAX_FRAMED_BLOCKED = 12;

/**
 * The blocked candidates drawn that the map frames: every one up to MAX_FRAMED_BLOCKED, else the shortest (fewest
 * hops, in their order). Hundreds of relays (--explain all, or a large group in focus) run through parties all over
 * the world: framing every one would zoom the map out to the whole globe and shrink the query's ends to a few pixels,
 * while the shortest candidates, listed and read first, are the ones a person compares with the answer. The others
 * are still drawn, running off the frame's edges.
 */
export function framedBlocked(blocked: readonly Route[]): readonly Route[] {
  if (blocked.length <= MAX_FRAMED_BLOCKED) return blocked;
  return [...blocked].sort((a, b) => a.hops.length - b.hops.length).slice(0, MAX_FRAMED_BLOCKED);
}

/**
 * The routes the map is framed and centred for, as they are drawn prominently: the permitted ones, the selected
 * one (permitted or blocked) and the blocked candidates drawn (framedBlocked). Context lines are not among them.
 */
export function framedRoutes(input: Pick<FocusInput, "answer" | "selected" | "blocked">): Route[] {
  if (!input.answer) return [];
  return [
    ...input.answer.routes,
    ...(input.selected ? [input.selected] : []),
    ...framedBlocked(input.blocked ?? []),
  ];
}

/**
 * The parties the map frames: the query's ends, then the parties of the routes it is framed for (framedRoutes),
 * each once; parties drawn only as context (joined to the rest by the network's lines) are left out. Selecting one
 * of the permitted routes does not change the frame, so the map stays put while a person compares them. Without an
 * answer, none (meaning every party).
 */
export function focusParties(input: FocusInput): string[] {
  const { answer } = input;
  if (!answer) return [];
  const routes = framedRoutes(input);
  return [...new Set([answer.query.from, answer.query.to, ...routes.flatMap((r) => r.parties)])];
}

const pairOf = (a: string, b: string) => (a < b ? `${a}\t${b}` : `${b}\t${a}`);

/**
 * The links `links` gives (one per pair, in order), weighing FOCUS_WEIGHT where a hop of a route the map is framed
 * for (framedRoutes) runs; such a hop with no link yet gets one, after the rest. Hops with a party the model lacks
 * are left out. Changes and gives back `links`.
 */
export function weighFramed(links: Map<string, PartyLink>, input: FocusInput): Map<string, PartyLink> {
  for (const route of framedRoutes(input)) {
    for (const hop of route.hops) {
      if (!input.model.parties.has(hop.from) || !input.model.parties.has(hop.to)) continue;
      const known = links.get(pairOf(hop.from, hop.to));
      if (known) known.weight = FOCUS_WEIGHT;
      else links.set(pairOf(hop.from, hop.to), { a: hop.from, b: hop.to, weight: FOCUS_WEIGHT });
    }
  }
  return links;
}

/**
 * One link per pair of parties that an agreement joins (only agreements in force on `at` with `hideInactive`), in
 * the dataset's order, weighing FOCUS_WEIGHT where a hop of a route the map is framed for runs (weighFramed), else
 * 1. Pairs with a party the model lacks are left out. An empty model gives none.
 */
export function mapLinks(input: FocusInput): PartyLink[] {
  const { model, at } = input;
  const links = new Map<string, PartyLink>();
  for (const agreement of model.dataset.agreements) {
    for (const [a, b] of pairsOf(agreement)) {
      const key = pairOf(a, b);
      if (links.has(key) || !model.parties.has(a) || !model.parties.has(b)) continue;
      if (input.hideInactive && !OPERATIVE.has(statusOn(agreement, at, [a, b]).status)) continue;
      links.set(key, { a, b, weight: 1 });
    }
  }
  return [...weighFramed(links, input).values()];
}

/** The focus and the links together, as geographicFrame takes them. */
export function mapFocus(input: FocusInput): { focus: string[]; links: PartyLink[] } {
  return { focus: focusParties(input), links: mapLinks(input) };
}
