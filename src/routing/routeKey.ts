// A route's identity (DESIGN.md rule 9): its hops in order, written `KOR>USA>JPN:tisa+tisa`. The key, never a
// position in a list, names a route across dates, scenarios, datasets and permalinks.
import { LiaisonError } from "../model";
import type { Hop } from "./types";

export type RouteKey = string;

/** The parts of a route that make its key: the hops, each sender → receiver under an agreement. */
export type KeyedHop = Pick<Hop, "from" | "to" | "agreement">;

/** The key of a route (or of its hops): parties joined by `>`, then `:`, then agreement ids joined by `+`. */
export function routeKey(route: { hops: readonly KeyedHop[] } | readonly KeyedHop[]): RouteKey {
  const hops = "hops" in route ? route.hops : route;
  if (hops.length === 0) throw new LiaisonError("routeKey", "a route has at least one hop");
  const parties = [hops[0]!.from, ...hops.map((h) => h.to)];
  return `${parties.join(">")}:${hops.map((h) => h.agreement).join("+")}`;
}

const PARTY = /^[A-Z][A-Z0-9]{1,15}$/;
const AGREEMENT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The hops a key names, or null when the text is not a well-formed key (wrong separators, a party or agreement id
 * of the wrong form, a count of agreements that does not match the parties, or a party repeated). Whether the
 * parties and agreements exist in a dataset is the caller's question.
 */
export function parseRouteKey(text: string): KeyedHop[] | null {
  const colon = text.indexOf(":");
  if (colon < 0) return null;
  const parties = text.slice(0, colon).split(">");
  const agreements = text.slice(colon + 1).split("+");
  if (parties.length < 2 || agreements.length !== parties.length - 1) return null;
  if (!parties.every((p) => PARTY.test(p)) || !agreements.every((a) => AGREEMENT.test(a))) return null;
  if (new Set(parties).size !== parties.length) return null;
  return agreements.map((agreement, i) => ({ from: parties[i]!, to: parties[i + 1]!, agreement }));
}
