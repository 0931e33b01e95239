// The route query on the command line: its flags, their checks and the answer, shared by `routes` and `export`.
import { isCalendarDate, type Model } from "../model";
import { findRoutes, type RouteAnswer, type RouteOptions } from "../routing";
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
