// What the map is framed and centred for, for the explorer's graph and image export alike: the parties in focus (the
// answer's) and the lines drawn between parties, the answer's weighing most when the map's centre is chosen.
import { type Day, type Model, OPERATIVE, pairsOf, statusOn } from "../model";
import type { Route, RouteAnswer } from "../routing";

/** How much more a hop of a permitted or the selected route weighs than any other line when the centre is chosen. */
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

/**
 * The parties the map frames: the query's ends, then the parties of the permitted routes, of the selected route and
 * of the blocked candidates drawn, each once. Selecting one of the permitted routes does not change the frame, so
 * the map stays put while a person compares them. Without an answer, none (meaning every party).
 */
export function focusParties(input: FocusInput): string[] {
  const { answer } = input;
  if (!answer) return [];
  const routes = [...answer.routes, ...(input.selected ? [input.selected] : []), ...(input.blocked ?? [])];
  return [...new Set([answer.query.from, answer.query.to, ...routes.flatMap((r) => r.parties)])];
}

const pairOf = (a: string, b: string) => (a < b ? `${a}\t${b}` : `${b}\t${a}`);

/**
 * One link per pair of parties that an agreement joins (only agreements in force on `at` with `hideInactive`), in
 * the dataset's order, weighing FOCUS_WEIGHT where a hop of a permitted or the selected route runs, else 1. Pairs
 * with a party the model lacks are left out. An empty model gives none.
 */
export function mapLinks(input: FocusInput): PartyLink[] {
  const { model, at, answer } = input;
  const links = new Map<string, PartyLink>();
  for (const agreement of model.dataset.agreements) {
    for (const [a, b] of pairsOf(agreement)) {
      const key = pairOf(a, b);
      if (links.has(key) || !model.parties.has(a) || !model.parties.has(b)) continue;
      if (input.hideInactive && !OPERATIVE.has(statusOn(agreement, at, [a, b]).status)) continue;
      links.set(key, { a, b, weight: 1 });
    }
  }
  for (const route of [...(answer?.routes ?? []), ...(input.selected ? [input.selected] : [])]) {
    for (const hop of route.hops) {
      if (!model.parties.has(hop.from) || !model.parties.has(hop.to)) continue;
      const known = links.get(pairOf(hop.from, hop.to));
      if (known) known.weight = FOCUS_WEIGHT;
      else links.set(pairOf(hop.from, hop.to), { a: hop.from, b: hop.to, weight: FOCUS_WEIGHT });
    }
  }
  return [...links.values()];
}

/** The focus and the links together, as geographicFrame takes them. */
export function mapFocus(input: FocusInput): { focus: string[]; links: PartyLink[] } {
  return { focus: focusParties(input), links: mapLinks(input) };
}
