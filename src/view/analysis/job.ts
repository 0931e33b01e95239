// The analysis panels' questions as plain-data jobs and their answers' types: the route timeline, the two-date
// comparison, reachability, brokerage with betweenness, and "What depends on this?". Computing them is jobs.ts,
// kept out of the page's first bundle.
import type {
  BetweennessRow,
  Brokerage,
  DateComparison,
  Reachability,
  RouteTimeline,
} from "../../analysis/types";
import type { Day } from "../../model";

/** The route options every analysis job runs with: the explorer's hops, consent and scenario. */
export interface JobOptions {
  maxHops: number;
  allowConsentRelay: boolean;
  disable: readonly string[];
}

export type Job =
  | { kind: "timeline"; from: string; to: string; topic: string; options: JobOptions }
  | { kind: "compare"; from: string; to: string; topic: string; before: Day; after: Day; options: JobOptions }
  | { kind: "reachability"; topic: string; at: Day; options: JobOptions }
  | { kind: "brokers"; topic: string; at: Day; options: JobOptions }
  | { kind: "depends"; id: string; topic: string; at: Day; options: JobOptions };

/** The pairs that lose every permitted route without one party or agreement, and how many were checked. */
export interface Dependants {
  id: string;
  /** Ordered pairs looked at: every pair of distinct parties, less those the party itself sends or receives. */
  pairs: number;
  /** Of those, the pairs with a permitted route to lose: the ones checked. */
  checked: number;
  lost: { from: string; to: string }[];
}

export interface BrokersResult {
  brokerage: Brokerage;
  betweenness: BetweennessRow[];
  /** How brokerage differs from betweenness, in words. */
  explanation: string;
}

export interface JobResults {
  timeline: RouteTimeline;
  compare: DateComparison;
  reachability: Reachability;
  brokers: BrokersResult;
  depends: Dependants;
}

export type ResultOf<J extends Job> = JobResults[J["kind"]];

/** A job's identity: the same key for the same question, whatever order its fields were written in. */
export function jobKey(job: Job): string {
  const { options, ...rest } = job;
  const fields = Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([fields, options.maxHops, options.allowConsentRelay, [...options.disable].sort()]);
}
