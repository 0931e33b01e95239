// The route engine's query and answer: the shapes of DESIGN.md "Route semantics" and the CLI's JSON contract.
import type { AgreementKind, AgreementStatus, Day } from "../model";

export interface RouteQuery {
  from: string;
  to: string;
  topic: string;
  /** ISO day `YYYY-MM-DD`. */
  at: Day;
}

export interface RouteOptions {
  /** Longest route considered, in hops (1 to 6). */
  maxHops: number;
  /** Let intermediaries pass information on with the originator's ad-hoc consent where no hub relay exists. */
  allowConsentRelay: boolean;
  /** Agreement or party ids switched off by a what-if scenario. */
  disable: readonly string[];
  /**
   * How many blocked candidates to list with their reasons: a number bounds the list to that many, fewest hops first
   * (of equal length, the first the search meets; the list itself is in DESIGN.md order); "all" lists every one.
   * Permitted routes are always listed in full. Every answer counts all blocked candidates and summarises them by
   * reason, whatever the bound.
   */
  explain: "all" | number;
}

/** The blocked candidates an answer lists unless told otherwise (DESIGN.md rule 10); the CLI's default too. */
export const DEFAULT_EXPLAIN = 10;

/**
 * The most routes (permitted, plus blocked ones listed) one answer may hold; an answer that would hold more is
 * refused, naming its size, instead of exhausting memory. At about 4 KB a route, the limit is some 200 MB.
 */
export const MAX_LISTED_ROUTES = 50_000;

export const DEFAULT_ROUTE_OPTIONS: RouteOptions = {
  maxHops: 3,
  allowConsentRelay: false,
  disable: [],
  explain: DEFAULT_EXPLAIN,
};

export type ConditionCode = "originator-approval" | "ad-hoc-consent";
export type WarningCode =
  | "non-binding"
  | "termination-pending"
  | "conditional-status"
  | "reported-policy"
  | "unconfirmed-source"
  | "approximate-date";
export type ReasonCode =
  | "not-in-force"
  | "out-of-scope"
  | "policy-restriction"
  | "disabled-by-scenario"
  | "third-party-rule";

/** Every reason code, in the order of DESIGN.md's route rules. */
export const REASON_CODES: readonly ReasonCode[] = [
  "not-in-force",
  "out-of-scope",
  "policy-restriction",
  "disabled-by-scenario",
  "third-party-rule",
];

export interface Hop {
  from: string;
  to: string;
  agreement: string;
  /** The agreement's common name, e.g. "Japan–ROK GSOMIA". */
  agreementName: string;
}

export interface Condition {
  code: ConditionCode;
  message: string;
}
export interface Warning {
  code: WarningCode;
  message: string;
}
export interface Reason {
  code: ReasonCode;
  message: string;
  /** Index of the hop the reason concerns (for third-party-rule: the hop that would pass information on). */
  hop: number;
}

/** An agreement used by a route, with what a side-by-side comparison shows of it. */
export interface RouteAgreement {
  id: string;
  name: string;
  kind: AgreementKind;
  legalNature: "binding" | "non-binding" | "unknown";
  /** Status on the query date, e.g. "in-force", "termination-pending". */
  status: AgreementStatus;
}

export interface RouteSource {
  id: string;
  publisher: string;
  title: string;
  url: string;
  grade: "A" | "B" | "C";
  /** The fact sheet's id for the source; absent where a dataset of one's own gives none. */
  fact?: string;
}

export interface Route {
  /** Parties in order, originator first. */
  parties: string[];
  kind: "direct" | "relayed";
  status: "permitted" | "blocked";
  hops: Hop[];
  /** Every party other than sender and receiver that sees the information. */
  intermediaries: string[];
  conditions: Condition[];
  warnings: Warning[];
  reasons: Reason[];
  /** The window of days around the query date in which this route's status stays the same; null = unbounded. */
  validFrom: Day | null;
  validTo: Day | null;
  /** Sources backing the route's agreements, their status on the date and any policy that applies; by id. */
  sources: RouteSource[];
  /** Per-agreement detail for comparison, in hop order without repeats. */
  agreements: RouteAgreement[];
}

/** The query an answer is for, with every option as applied. */
export interface AnsweredQuery extends RouteQuery {
  maxHops: number;
  allowConsentRelay: boolean;
  disable: string[];
  /** The bound applied to the blocked list: a number, or "all". */
  explain: "all" | number;
}

/**
 * How many blocked candidates carry one reason code, and a shortest one of them. A candidate blocked for several
 * reasons counts once under each code it carries, so the counts may add up to more than `blockedTotal`.
 */
export interface ReasonSummary {
  code: ReasonCode;
  count: number;
  example: Route;
}

export interface RouteAnswer {
  query: AnsweredQuery;
  /** Permitted routes in DESIGN.md order; always every one. */
  routes: Route[];
  /** How many candidates are blocked, listed or not. */
  blockedTotal: number;
  /** The blocked candidates counted by reason code, most frequent first (ties in ReasonCode order). */
  blockedSummary: ReasonSummary[];
  /** Blocked candidates with their reasons, fewest hops first, at most `query.explain` of them, in DESIGN.md order. */
  blocked: Route[];
}
