// The route query on the command line: its flags' checks, the search, and the refusal of an answer too large to
// list, shared by `routes` and `export`.
import { isCalendarDate, type Model } from "../model";
import {
  answerOf,
  MAX_LISTED_ROUTES,
  type RouteAnswer,
  type RouteSearch,
  searchRoutes,
  tooManyRoutes,
} from "../routing";
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
  const hops = flags["max-hops"];
  if (hops !== undefined && (!/^\d+$/.test(hops) || Number(hops) < 1 || Number(hops) > 6)) {
    throw new CliError(`${scope}: --max-hops must be a whole number from 1 to 6, not "${hops}"`, EXIT.usage);
  }
  const explain = flags.explain;
  if (explain !== undefined && explain !== "all" && !/^\d+$/.test(explain)) {
    throw new CliError(`${scope}: --explain must be a whole number or "all", not "${explain}"`, EXIT.usage);
  }
}

/**
 * Count and summarise the answer to checked query flags on `model`; its routes are described as they are read.
 * Switching off an id the dataset does not know is a typo: exit 1 saying so, rather than answer an unchanged query.
 * An answer that would list more than MAX_LISTED_ROUTES routes is refused (exit 2) with its size and how to
 * narrow it, before any route is described.
 */
export function searchQuery(scope: string, model: Model, flags: QueryFlags): RouteSearch {
  const disable = (flags.disable ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const id of disable) {
    if (!model.agreements.has(id) && !model.parties.has(id)) {
      throw new CliError(`${scope}: --disable: no agreement or party "${id}"`, EXIT.invalid);
    }
  }
  const explain = flags.explain;
  const search = searchRoutes(
    model,
    { from: flags.from!, to: flags.to!, topic: flags.topic!, at: flags.at! },
    {
      maxHops: flags["max-hops"] === undefined ? undefined : Number(flags["max-hops"]),
      allowConsentRelay: flags["allow-consent-relay"] ?? false,
      disable,
      explain: explain === undefined || explain === "all" ? explain : Number(explain),
    },
  );
  if (search.permittedTotal + search.explained > MAX_LISTED_ROUTES) {
    const words = { explain: "--explain N", maxHops: "--max-hops", disable: "--disable" };
    throw new CliError(`${scope}: ${tooManyRoutes(search, words)}`, EXIT.usage);
  }
  return search;
}

/** The whole answer in lists, for writers that need it at once (bounded by the refusal above). */
export function answerQuery(scope: string, model: Model, flags: QueryFlags): RouteAnswer {
  return answerOf(searchQuery(scope, model, flags));
}
