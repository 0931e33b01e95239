// The analyses' results: plain data (party and agreement ids, route keys, ISO days) that the CLI prints as the JSON
// contracts of DESIGN.md "Command line" and that the explorer's panels draw directly.
import type { AgreementStatus, Day } from "../model";
import type { ConditionCode, Route, RouteKey, RouteOptions, WarningCode } from "../routing";

/** The best permitted route of a pair: direct, relayed, or none at all. */
export type BestKind = "direct" | "relayed" | "none";

/** The options every analysis echoes, as the engine resolved them. */
export type AnalysisOptions = Pick<RouteOptions, "maxHops" | "allowConsentRelay"> & { disable: string[] };

/** One candidate route within a timeline interval. */
export interface TimelineRoute {
  key: RouteKey;
  status: Route["status"];
  /** Codes of the route's conditions, as findRoutes lists them (empty for a blocked route). */
  conditions: ConditionCode[];
  /** Codes of the route's warnings, as findRoutes lists them (empty for a blocked route). */
  warnings: WarningCode[];
}

/** A stretch of days on which every candidate's status, conditions and warnings stay the same. */
export interface TimelineInterval {
  /** First day. */
  from: Day;
  /** Last day; null when the interval runs on without end. */
  to: Day | null;
  best: BestKind;
  /** Every candidate route, in findRoutes order: permitted first. */
  routes: TimelineRoute[];
}

export interface RouteTimeline {
  query: { from: string; to: string; topic: string; since: Day; until: Day | null } & AnalysisOptions;
  /** Consecutive intervals from `since` to `until` (or without end), no gaps, no overlaps, no two alike in a row. */
  intervals: TimelineInterval[];
}

/** A channel whose agreement came into force, or went out of force, between two dates. */
export interface ChannelChange {
  /** The channel's graph key, `agreement:from->to`. */
  key: string;
  agreement: string;
  from: string;
  to: string;
  before: AgreementStatus;
  after: AgreementStatus;
}

export interface RouteChange {
  key: RouteKey;
  before: Route;
  after: Route;
}

export interface DateComparison {
  query: { from: string; to: string; topic: string } & AnalysisOptions;
  before: Day;
  after: Day;
  /** Routes permitted on `after` and not on `before`, as they stand on `after`. */
  gained: Route[];
  /** Routes permitted on `before` and not on `after`, as they stand on `after` (blocked: their reasons say why). */
  lost: Route[];
  /** Routes permitted on both dates whose conditions or warnings differ. */
  changed: RouteChange[];
  /** Network level: channels that came into force and channels that went out of force (whatever the topic). */
  channels: { cameIntoForce: ChannelChange[]; wentOutOfForce: ChannelChange[] };
}

export interface ReachPair {
  from: string;
  to: string;
  best: BestKind;
  /** How many permitted routes the pair has. */
  permitted: number;
  /** True when the pair has permitted routes and every one carries a condition or a warning. */
  conditional: boolean;
}

export interface Reachability {
  query: { topic: string; at: Day } & AnalysisOptions;
  parties: string[];
  /** Every ordered pair of distinct parties, by sender then receiver in `parties` order. */
  pairs: ReachPair[];
}

export interface CriticalLinks {
  query: { from: string; to: string; topic: string; at: Day } & AnalysisOptions;
  /** How many permitted routes the pair has; nothing is critical when there are none. */
  permitted: number;
  /** Agreements on every permitted route: losing one alone leaves no permitted route. */
  agreements: string[];
  /** Intermediaries on every permitted route. */
  parties: string[];
  /** Pairs of agreements, neither critical alone, whose joint loss leaves no permitted route; sorted. */
  pairs: [string, string][];
}

export interface BrokerRow {
  party: string;
  /** Ordered pairs with permitted routes, every one of which passes through the party as an intermediary. */
  sole: number;
  /** Ordered pairs with at least one permitted route through the party as an intermediary. */
  on: number;
}

export interface Brokerage {
  query: { topic: string; at: Day } & AnalysisOptions;
  /** Every party, by `sole`, then `on`, descending, then id. */
  brokers: BrokerRow[];
}

export interface BetweennessRow {
  party: string;
  /** Normalised betweenness centrality on the in-force channel graph (0 to 1). */
  betweenness: number;
}
