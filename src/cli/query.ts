// The route query on the command line: its flags, their checks and the answer, shared by `routes` and `export`.
import { isCalendarDate, type Model } from "../model";
import {
  findRoutes,
  parseRouteKey,
  type RouteAnswer,
  type RouteKey,
  type RouteOptions,
  routeKey,
} from "../routing";
import { CliError, EXIT } from "./io";

/** parseArgs definitions of the query flags. */
export const QUERY_OPTIONS = {
  from: { type: "string" },
  to: { type: "string" },
  topic: { type: "string" },
  at: { type: "string" },
  "max-hops": { type: "string" },
  "allow-consent-relay": { type: "boolean" },
  disable: { type: "string" },
} as const;

export interface QueryFlags {
  from?: string;
  to?: string;
  topic?: string;
  at?: string;
  "max-hops"?: string;
  "allow-consent-relay"?: boolean;
  disable?: string;
}

/** True for a calendar day `YYYY-MM-DD` (a month or year alone is not a query date). */
export function isQueryDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDate(value);
}

/**
 * Check the query flags that need no dataset, so that usage errors exit 2 before any file is read.
 * `scope` prefixes messages ("routes", "export"); `missing` says why a flag is required.
 */
export function checkQueryUsage(scope: string, flags: QueryFlags, missing = ""): void {
  for (const flag of ["from", "to", "topic", "at"] as const) {
    if (!flags[flag]) throw new CliError(`${scope}: ${missing}missing --${flag}`, EXIT.usage);
  }
  if (!isQueryDay(flags.at!)) {
    throw new CliError(`${scope}: --at must be a calendar day YYYY-MM-DD, not "${flags.at}"`, EXIT.usage);
  }
  checkMaxHops(scope, flags["max-hops"]);
}

/** Throws a usage error unless --max-hops is absent or a whole number from 1 to 6. */
export function checkMaxHops(scope: string, hops: string | undefined): void {
  if (hops !== undefined && (!/^\d+$/.test(hops) || Number(hops) < 1 || Number(hops) > 6)) {
    throw new CliError(`${scope}: --max-hops must be a whole number from 1 to 6, not "${hops}"`, EXIT.usage);
  }
}

/** Answer checked query flags on `model`. */
export function answerQuery(scope: string, model: Model, flags: QueryFlags): RouteAnswer {
  return findRoutes(
    model,
    { from: flags.from!, to: flags.to!, topic: flags.topic!, at: flags.at! },
    routeOptionsOf(scope, model, flags),
  );
}

/**
 * The route options the flags ask for, on `model`. Switching off an id the dataset does not know is a typo: exit 1
 * saying so, rather than answer an unchanged query.
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

/** The --route flag of `export --format svg|png`: the route to draw emphasised, by key or by number. */
export const ROUTE_OPTION = {
  route: {
    type: "string",
    help: "KEY (e.g. KOR>USA>JPN:tisa+tisa) or N, counted from 1, permitted routes first",
  },
} as const;

/** Throws a usage error unless --route is absent, a well-formed route key, or a number from 1. */
export function checkRouteUsage(scope: string, route: string | undefined): void {
  if (route === undefined || /^[1-9]\d*$/.test(route) || parseRouteKey(route)) return;
  throw new CliError(
    `${scope}: --route must be a route key such as KOR>USA>JPN:tisa+tisa, or a number, not "${route}"`,
    EXIT.usage,
  );
}

/**
 * The key of the route --route names in `answer` (a key it lists, or the route at that position, permitted routes
 * first), or null without --route. A route the answer does not list is invalid input: exit 1 saying so.
 */
export function routeOf(scope: string, answer: RouteAnswer, route: string | undefined): RouteKey | null {
  if (route === undefined) return null;
  const keys = [...answer.routes, ...answer.blocked].map((r) => routeKey(r));
  const key = /^\d+$/.test(route) ? keys[Number(route) - 1] : keys.find((k) => k === route);
  if (key === undefined) {
    throw new CliError(
      `${scope}: --route ${route}: the answer has no such route (it lists ${keys.length})`,
      EXIT.invalid,
    );
  }
  return key;
}
