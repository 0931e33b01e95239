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
   * How many blocked candidates to explain: "all" lists every one (the default); a number bounds the list to that
   * many, shortest first, so that huge worlds answer fast. Permitted routes are always listed in full.
   */
  explain: "all" | number;
}

export const DEFAULT_ROUTE_OPTIONS: RouteOptions = {
  maxHops: 3,
  allowConsentRelay: false,
  disable: [],
  explain: "all",
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

export interface RouteAnswer {
  query: RouteQuery & { maxHops: number; allowConsentRelay: boolean; disable: string[] };
  /** Permitted routes in DESIGN.md order. */
  routes: Route[];
  /** Blocked candidates with their reasons, in the same order. */
  blocked: Route[];
}
