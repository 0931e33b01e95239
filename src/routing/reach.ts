// The route engine's rules for analyses over time and across the network: one query's candidate paths judged on
// other dates, the days a hop's verdict may change, and every permitted route out of one sender in a single pass.
import {
  type Agreement,
  type AgreementStatus,
  addDays,
  changeDays,
  channelKey,
  type Day,
  LiaisonError,
  type Model,
  toDay,
} from "../model";
import {
  type Channel,
  createContext,
  type HopVerdict,
  hopMask,
  hopVerdict,
  type QueryContext,
} from "./context";
import { PathCounter } from "./count";
import { findRoutes } from "./findRoutes";
import { countWhere, REASON_BIT, THIRD_PARTY } from "./outcomes";
import { TooManyRoutes, tooManyTimelineRoutes } from "./refusal";
import { relayRule } from "./relay";
import { describe, hopWarnings, judge, sortRoutes } from "./route";
import { channelsOfPath, pathsWhere } from "./search";
import {
  DEFAULT_ROUTE_OPTIONS,
  MAX_LISTED_ROUTES,
  type ReasonCode,
  type Route,
  type RouteOptions,
  type RouteQuery,
} from "./types";

export type { Channel, QueryContext };
/** The order findRoutes lists routes in, for lists an analysis builds from candidates judged one by one. */
export { sortRoutes };

/**
 * Options checked and resolved by the engine itself (findRoutes on an empty query), so that an analysis accepts
 * exactly what a route query accepts and throws the same errors: unknown topic, malformed date, maxHops outside
 * 1..6. `explain` is 0: an analysis that asks findRoutes for blocked candidates says how many it wants.
 */
export function checkedOptions(
  model: Model,
  topic: string,
  at: Day,
  options: Partial<RouteOptions> = {},
): RouteOptions {
  const party = model.parties.keys().next().value;
  // A dataset without parties has no routes to analyse: any options will do.
  if (party === undefined) return { ...DEFAULT_ROUTE_OPTIONS, explain: 0 };
  const { query } = findRoutes(model, { from: party, to: party, topic, at }, { ...options, explain: 0 });
  return {
    maxHops: query.maxHops,
    allowConsentRelay: query.allowConsentRelay,
    disable: query.disable,
    explain: 0,
  };
}

/**
 * A context for judging hops on `topic` and `at` whatever the pair: a hop's verdict depends on the topic, the date
 * and the scenario only, so one context serves every sender and receiver of a network pass. Options must come from
 * `checkedOptions`.
 */
export function networkContext(model: Model, topic: string, at: Day, options: RouteOptions): QueryContext {
  return createContext(model, { from: "", to: "", topic, at }, options);
}

/** The channels a route runs over, looked up in the model by its hops. */
export function pathOf(model: Model, route: Pick<Route, "hops">): Channel[] {
  return route.hops.map((hop) => model.graph.getEdgeAttributes(channelKey(hop)));
}

/** A candidate of a query: the channels it runs over and its route as judged on the query's date. */
export interface Candidate {
  path: Channel[];
  route: Route;
}

/** Reasons that hold whatever the date: scope, scenario and the relay rule do not change over time. */
const DATELESS: ReadonlySet<ReasonCode> = new Set([
  "out-of-scope",
  "disabled-by-scenario",
  "third-party-rule",
]);
const DATELESS_BITS = REASON_BIT["out-of-scope"] | REASON_BIT["disabled-by-scenario"] | THIRD_PARTY;
const mayChange = (outcome: number) => (outcome & DATELESS_BITS) === 0;
const neverChanges = (outcome: number) => !mayChange(outcome);

/** A query's candidates for an analysis over time, judged on the query's date. */
export interface DatedCandidates {
  /** Every candidate no dateless reason blocks: each may be permitted on some date. */
  changing: Candidate[];
  /** The first of the candidates blocked on every date, fewest hops first, in findRoutes order. */
  fixed: Candidate[];
  /** How many candidates are blocked on every date, listed or not. */
  fixedTotal: number;
}

/**
 * The candidates of the query (candidates do not depend on the date) judged on its date, for an analysis over
 * time: every one that some date may permit (no reason that holds whatever the date blocks it), and the first
 * `explain` of those blocked on every date, fewest hops first (of equal length, the first the search meets), as
 * findRoutes lists blocked candidates. The others are counted, never listed. Options must come from
 * checkedOptions. Throws TooManyRoutes (scope `scope`) when that would list more than MAX_LISTED_ROUTES routes.
 */
export function datedCandidates(
  model: Model,
  query: RouteQuery,
  options: RouteOptions,
  explain: "all" | number,
  scope: string,
): DatedCandidates {
  if (!model.parties.has(query.from) || !model.parties.has(query.to)) {
    const unknown = model.parties.has(query.from) ? query.to : query.from;
    throw new LiaisonError(scope, `unknown party "${unknown}"`, "not-found");
  }
  if (query.from === query.to) return { changing: [], fixed: [], fixedTotal: 0 };
  const ctx = createContext(model, query, options);
  const counter = new PathCounter(ctx);
  const counts = counter.countAll();
  const changingByLength = countWhere(counts, mayChange);
  const fixedByLength = countWhere(counts, neverChanges);
  const changingTotal = changingByLength.reduce((a, b) => a + b, 0);
  const fixedTotal = fixedByLength.reduce((a, b) => a + b, 0);
  const explained = explain === "all" ? fixedTotal : Math.min(explain, fixedTotal);
  if (changingTotal + explained > MAX_LISTED_ROUTES) {
    const size = { permittedTotal: changingTotal, explained, blockedTotal: fixedTotal };
    throw new TooManyRoutes(scope, size, tooManyTimelineRoutes);
  }
  const judged = (paths: number[][]) =>
    paths.map((numbers) => {
      const path = channelsOfPath(ctx, numbers);
      return { path, route: describe(ctx, path, judge(ctx, path)) };
    });
  const changing = judged(pathsWhere(counter, changingByLength, mayChange, changingTotal));
  const fixed = judged(pathsWhere(counter, fixedByLength, neverChanges, explained));
  const order = new Map(sortRoutes(fixed.map((c) => c.route)).map((route, i) => [route, i]));
  fixed.sort((a, b) => order.get(a.route)! - order.get(b.route)!);
  return { changing, fixed, fixedTotal };
}

/** True when a blocked route is blocked on every date: a reason that does not depend on the date blocks it. */
export function blockedOnEveryDate(route: Route): boolean {
  return route.reasons.some((r) => DATELESS.has(r.code));
}

/** A context for judging one query's candidates on its date (`judgePath`); options must come from checkedOptions. */
export function routeContext(model: Model, query: RouteQuery, options: RouteOptions): QueryContext {
  return createContext(model, query, options);
}

/** A candidate path judged and described on the context's date, as findRoutes would list it. */
export function judgePath(ctx: QueryContext, path: readonly Channel[]): Route {
  return describe(ctx, path, judge(ctx, path));
}

/**
 * The days on which a hop's verdict or warnings may change: each event of its agreement (as the engine reads a
 * month-only date: its first day), each termination's effective day, and for each policy of the sender toward the
 * receiver under the agreement its first day and the day after its last. Unsorted, possibly repeated.
 */
export function hopChangeDays(ctx: QueryContext, channel: Channel): Day[] {
  const verdict = hopVerdict(ctx, channel);
  const days: Day[] = changeDays(verdict.agreement);
  for (const policy of verdict.allPolicies) {
    days.push(toDay(policy.from));
    if (policy.to !== undefined) days.push(addDays(toDay(policy.to), 1));
  }
  return days;
}

/** The status of the channel's agreement between its two parties on the context's date (accessions count). */
export function channelStatus(ctx: QueryContext, channel: Channel): AgreementStatus {
  return hopVerdict(ctx, channel).status.status;
}

/** Every channel of the model with its verdict on the context's topic and date. */
export function eachChannelVerdict(ctx: QueryContext, visit: (verdict: HopVerdict) => void): void {
  for (const c of ctx.index.channels) visit(hopVerdict(ctx, c));
}

/** An open hop out of a party, with whether it gives a permitted route a warning. */
interface OpenHop {
  channel: Channel;
  agreement: Agreement;
  warned: boolean;
}

const openHops = new WeakMap<QueryContext, Map<string, OpenHop[]>>();

/**
 * The open hops out of `node` in the context (only those under agreement number `under`, when given), judged once;
 * every open hop out of a party is kept for every sender of a network pass.
 */
function openHopsOut(ctx: QueryContext, node: string, under?: number): OpenHop[] {
  let byNode = openHops.get(ctx);
  if (!byNode) {
    byNode = new Map();
    openHops.set(ctx, byNode);
  }
  const known = under === undefined ? byNode.get(node) : undefined;
  if (known) return known;
  const { index } = ctx;
  const hops: OpenHop[] = [];
  for (const n of index.out[index.partyNumber.get(node)!]!) {
    if ((under !== undefined && index.agreementOf[n] !== under) || hopMask(ctx, n) !== 0) continue;
    const verdict = hopVerdict(ctx, index.channels[n]!);
    hops.push({
      channel: verdict.channel,
      agreement: verdict.agreement,
      warned: hopWarnings(ctx.model, verdict).length > 0,
    });
  }
  if (under === undefined) byNode.set(node, hops);
  return hops;
}

/**
 * Called for each permitted route out of the sender: its channels (the array is reused: copy to keep it) and
 * whether the route carries a condition or a warning.
 */
export type PermittedVisit = (path: readonly Channel[], qualified: boolean) => void;

/**
 * Every permitted route out of `sender` to every other party, up to the context's maxHops, in one depth-first
 * pass: only open hops, and out of an intermediary only the hops the relay rule allows. Each route is visited once
 * at its last party and then extended, since a route to one party is the start of routes to others. The same
 * routes, conditions and warnings as findRoutes gives pair by pair.
 */
export function eachPermittedRoute(ctx: QueryContext, sender: string, visit: PermittedVisit): void {
  const { maxHops, allowConsentRelay } = ctx.options;
  const path: Channel[] = [];
  const visited = new Set([sender]);
  const step = (node: string, inbound: Agreement | undefined, qualified: boolean) => {
    // Without ad-hoc consent only a relaying hub passes information on, and only within its own agreement: a
    // short list, judged here rather than kept.
    const next =
      inbound && !allowConsentRelay
        ? openHopsOut(ctx, node, ctx.index.agreementNumber.get(inbound.id))
        : openHopsOut(ctx, node);
    for (const hop of next) {
      const { channel } = hop;
      if (visited.has(channel.to)) continue;
      let q = qualified || hop.warned;
      if (inbound) {
        const relay = relayRule(ctx, inbound, channel);
        if (!relay.allowed) continue;
        if (relay.condition !== null) q = true;
      }
      path.push(channel);
      visit(path, q);
      if (path.length < maxHops) {
        visited.add(channel.to);
        step(channel.to, hop.agreement, q);
        visited.delete(channel.to);
      }
      path.pop();
    }
  };
  if (ctx.model.parties.has(sender)) step(sender, undefined, false);
}
