// The route query on the command line: its flags' checks that depend on the mode, the options they ask for, the
// search, the refusal of an answer too large to list, and the route --route names; shared by `routes`, `export`
// and the analysis commands.
import type { Model } from "../model";
import {
  answerOf,
  MAX_LISTED_ROUTES,
  type NarrowingWords,
  parseRouteKey,
  type RouteAnswer,
  type RouteKey,
  type RouteOptions,
  type RouteSearch,
  routeKey,
  searchRoutes,
  TooManyRoutes,
} from "../routing";
import { type FlagSpec, mustBe } from "./command";
import { explainOf } from "./flags";
import { CliError, EXIT } from "./io";

export interface QueryFlags {
  from?: string;
  to?: string;
  topic?: string;
  at?: string;
  "max-hops"?: string;
  "allow-consent-relay"?: boolean;
  disable?: string;
  explain?: string;
}

/**
 * Check that a command answering a query in one mode was given every query flag, so that usage errors exit 2
 * before any file is read (values are checked by the flags' own checks). `scope` prefixes messages ("export");
 * `missing` says why a flag is required.
 */
export function checkQueryUsage(scope: string, flags: QueryFlags, missing = ""): void {
  for (const flag of ["from", "to", "topic", "at"] as const) {
    if (!flags[flag]) throw new CliError(`${scope}: ${missing}missing --${flag}`, EXIT.usage);
  }
}

/**
 * The route options the flags ask for, on `model` (--explain aside). Switching off an id the dataset does not know
 * is a typo: exit 1 saying so, rather than answer an unchanged query.
 */
export function routeOptionsOf(
  scope: string,
  model: Model,
  flags: Pick<QueryFlags, "max-hops" | "allow-consent-relay" | "disable">,
): Partial<RouteOptions> {
  const disable = (flags.disable ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const id of disable) {
    if (!model.agreements.has(id) && !model.parties.has(id)) {
      throw new CliError(`${scope}: --disable: no agreement or party "${id}"`, EXIT.invalid);
    }
  }
  return {
    maxHops: flags["max-hops"] === undefined ? undefined : Number(flags["max-hops"]),
    allowConsentRelay: flags["allow-consent-relay"] ?? false,
    disable,
  };
}

/** How the command line names the options that narrow a query, in a refusal (TooManyRoutes). */
export const NARROWING: NarrowingWords = {
  explain: "--explain N",
  maxHops: "--max-hops",
  disable: "--disable",
};

/**
 * Count and summarise the answer to checked query flags on `model`; its routes are described as they are read.
 * An answer that would list more than MAX_LISTED_ROUTES routes is refused (TooManyRoutes, exit 2) with its size
 * and how to narrow it, before any route is described.
 */
export function searchQuery(scope: string, model: Model, flags: QueryFlags): RouteSearch {
  const search = searchRoutes(
    model,
    { from: flags.from!, to: flags.to!, topic: flags.topic!, at: flags.at! },
    { ...routeOptionsOf(scope, model, flags), explain: explainOf(flags.explain) },
  );
  if (search.permittedTotal + search.explained > MAX_LISTED_ROUTES) throw new TooManyRoutes(scope, search);
  return search;
}

/** The whole answer in lists, for writers that need it at once (bounded by the refusal above). */
export function answerQuery(scope: string, model: Model, flags: QueryFlags): RouteAnswer {
  return answerOf(searchQuery(scope, model, flags));
}

/** The --route flag of `export --format svg|png`: the route to draw emphasised, by key or by number. */
export const ROUTE_FLAG = {
  name: "route",
  type: "string",
  value: "KEY|N",
  default: "none",
  check: (value: string) =>
    /^[1-9]\d*$/.test(value) || parseRouteKey(value)
      ? undefined
      : mustBe("a route key such as KOR>USA>JPN:tisa+tisa, or a number", value),
  help: "the route to draw emphasised: its key (e.g. KOR>USA>JPN:tisa+tisa) or its number, counted from 1, permitted routes first, then the blocked candidates --explain lists",
} as const satisfies FlagSpec;

/**
 * The key of the route --route names in `answer` (a key it lists, or the route at that position, permitted routes
 * first), or null without --route. A route the answer does not list is invalid input: exit 1 saying so, and how to
 * list more blocked candidates when some are not listed.
 */
export function routeOf(scope: string, answer: RouteAnswer, route: string | undefined): RouteKey | null {
  if (route === undefined) return null;
  const keys = [...answer.routes, ...answer.blocked].map((r) => routeKey(r));
  const key = /^\d+$/.test(route) ? keys[Number(route) - 1] : keys.find((k) => k === route);
  if (key === undefined) {
    const unlisted = answer.blockedTotal - answer.blocked.length;
    const more =
      unlisted > 0
        ? `; --explain all lists its ${unlisted.toLocaleString("en-US")} other blocked candidates`
        : "";
    throw new CliError(
      `${scope}: --route ${route}: the answer has no such route (it lists ${keys.length}${more})`,
      EXIT.invalid,
    );
  }
  return key;
}
