// Judge one candidate path (hop and relay rules of DESIGN.md "Route semantics") and describe it as a Route:
// conditions, warnings, validity window, sources and per-agreement detail; plus the order routes are listed in.
import { addDays, compareDays, type Day, type Model, toDay } from "../model";
import {
  type Channel,
  type HopDetail,
  type HopVerdict,
  hopMask,
  hopVerdict,
  intervalsOf,
  type QueryContext,
} from "./context";
import {
  consentCondition,
  hubRelayCondition,
  nonBindingWarning,
  reportedPolicyWarning,
  statusWarnings,
  thirdPartyMessage,
} from "./messages";
import { relayRule } from "./relay";
import { intervalOn, statusPeriodOn } from "./statusIntervals";
import type { Condition, Reason, Route, RouteAgreement, RouteSource, Warning } from "./types";

export interface Judgement {
  permitted: boolean;
  reasons: Reason[];
  conditions: Condition[];
}

/**
 * Judge a candidate path: every hop's own reasons, then the relay rule at each intermediary. The hop out of an
 * intermediary is allowed when it and the hop in run under the same agreement whose hub it is and that provides
 * for relay; otherwise the third-party rule blocks it, unless the query accepts ad-hoc consent.
 */
export function judge(ctx: QueryContext, path: readonly Channel[]): Judgement {
  const reasons: Reason[] = [];
  const conditions: Condition[] = [];
  const { model, index } = ctx;
  path.forEach((channel, hop) => {
    // An open hop has no reasons to word: its verdict is needed only where its mask says it is blocked.
    if (hopMask(ctx, index.channelNumber.get(channel.key)!) !== 0) {
      for (const r of hopVerdict(ctx, channel).reasons) reasons.push({ ...r, hop });
    }
    if (hop === 0) return;
    const inbound = model.agreements.get(path[hop - 1]!.agreement)!;
    const via = channel.from;
    const relay = relayRule(ctx, inbound, channel);
    if (!relay.allowed) {
      const outbound = model.agreements.get(channel.agreement)!;
      reasons.push({ ...thirdPartyMessage(ctx, via, channel.to, inbound, outbound), hop });
    } else if (relay.condition === "originator-approval") {
      conditions.push(hubRelayCondition(ctx, via, channel.to, inbound));
    } else if (relay.condition === "ad-hoc-consent") {
      conditions.push(consentCondition(ctx, via, channel.to));
    }
  });
  return { permitted: reasons.length === 0, reasons, conditions };
}

function pushUnique<T extends { code: string; message: string }>(list: T[], item: T) {
  if (!list.some((x) => x.code === item.code && x.message === item.message)) list.push(item);
}

/** Narrow the window [from, to] to the days around `at` on which a dated rule stays as it is on `at`. */
class Window {
  from: Day | null = null;
  to: Day | null = null;
  constructor(private readonly at: Day) {}
  within(from: Day | null, to: Day | null) {
    if (from !== null && (this.from === null || compareDays(from, this.from) > 0)) this.from = from;
    if (to !== null && (this.to === null || compareDays(to, this.to) < 0)) this.to = to;
  }
  /** A rule in effect on [start, end] (end inclusive, null = open): the window stays on one side of its edges. */
  rule(start: Day, end: Day | null) {
    if (compareDays(this.at, start) < 0) this.within(null, addDays(start, -1));
    else if (end !== null && compareDays(this.at, end) > 0) this.within(addDays(end, 1), null);
    else this.within(start, end);
  }
}

/** Where `day` falls for a dated rule: before it starts, within it, or after it ends. */
function side(from: string, to: string | undefined, day: Day): string {
  if (compareDays(day, toDay(from)) < 0) return "b";
  return to !== undefined && compareDays(day, toDay(to)) > 0 ? "a" : "w";
}

/** The warnings a hop gives a permitted route: a non-binding agreement, its status on the date, reported policies. */
export function hopWarnings(model: Model, verdict: HopVerdict): Warning[] {
  const { agreement, status } = verdict;
  const warnings: Warning[] = [];
  if (agreement.legalNature === "non-binding") warnings.push(nonBindingWarning(agreement));
  warnings.push(...statusWarnings(model, agreement, status));
  for (const p of verdict.policies)
    if (p.status === "reported") warnings.push(reportedPolicyWarning(model, p));
  return warnings;
}

/**
 * What a hop adds to a route's description. It depends on the day only through the agreement's status interval
 * and the side of each policy the day falls on, so it is kept per model under those and reused by later queries.
 */
export function hopDetail(ctx: QueryContext, channel: Channel): HopDetail {
  const cached = ctx.details.get(channel.key);
  if (cached) return cached;
  const { model, query, memo } = ctx;
  const n = ctx.index.channelNumber.get(channel.key)!;
  const intervals = intervalsOf(ctx, n);
  const policies = ctx.index.policies[n];
  const interval = intervalOn(intervals, ctx.day);
  // Most channels have no policy: their key is a number; the others add the side of each policy.
  const key = policies
    ? `${n}:${interval}:${policies.map((p) => side(p.from, p.to, query.at)).join("")}`
    : n * 1024 + interval;
  const known = memo.details.get(key);
  if (known) {
    ctx.details.set(channel.key, known);
    return known;
  }
  const verdict = hopVerdict(ctx, channel);
  const { agreement, status } = verdict;
  const window = new Window(query.at);
  const period = statusPeriodOn(intervals, query.at);
  window.within(period.from, period.to);
  for (const p of verdict.allPolicies) window.rule(toDay(p.from), p.to === undefined ? null : toDay(p.to));
  const warnings = hopWarnings(model, verdict);
  const sources: RouteSource[] = [];
  for (const id of [
    ...agreement.sources,
    ...status.basis.flatMap((e) => e.sources),
    ...verdict.policies.flatMap((p) => p.sources),
  ]) {
    const s = model.sources.get(id);
    if (s && !sources.some((x) => x.id === id)) {
      const { publisher, title, url, grade, fact } = s;
      sources.push({ id, publisher, title, url, grade, ...(fact === undefined ? {} : { fact }) });
    }
  }
  const routeAgreement: RouteAgreement = {
    id: agreement.id,
    name: agreement.name,
    kind: agreement.kind,
    legalNature: agreement.legalNature,
    status: status.status,
  };
  const warningIds = warnings.map((w) => {
    const text = `${w.code}\n${w.message}`;
    let id = memo.warningIds.get(text);
    if (id === undefined) {
      id = memo.warningIds.size;
      memo.warningIds.set(text, id);
    }
    return id;
  });
  const detail = {
    from: window.from,
    to: window.to,
    warnings,
    warningIds,
    sources,
    agreement: routeAgreement,
  };
  memo.details.set(key, detail);
  ctx.details.set(channel.key, detail);
  return detail;
}

/** The full description of a judged candidate, as the explorer and the CLI show it. */
export function describe(ctx: QueryContext, path: readonly Channel[], judgement: Judgement): Route {
  const { model, query } = ctx;
  const warnings: Warning[] = [];
  const sources: RouteSource[] = [];
  const seenSources = new Set<string>();
  const agreements: RouteAgreement[] = [];
  const window = new Window(query.at);
  for (const channel of path) {
    const detail = hopDetail(ctx, channel);
    window.within(detail.from, detail.to);
    if (!agreements.some((a) => a.id === channel.agreement)) agreements.push({ ...detail.agreement });
    for (const source of detail.sources) {
      if (seenSources.has(source.id)) continue;
      seenSources.add(source.id);
      sources.push({ ...source });
    }
    if (judgement.permitted) for (const w of detail.warnings) pushUnique(warnings, w);
  }
  const parties = [path[0]!.from, ...path.map((c) => c.to)];
  return {
    parties,
    kind: path.length === 1 ? "direct" : "relayed",
    status: judgement.permitted ? "permitted" : "blocked",
    hops: path.map((c) => ({
      from: c.from,
      to: c.to,
      agreement: c.agreement,
      agreementName: model.agreements.get(c.agreement)!.name,
    })),
    intermediaries: parties.slice(1, -1),
    conditions: judgement.permitted ? judgement.conditions : [],
    warnings,
    reasons: judgement.reasons,
    validFrom: window.from,
    validTo: window.to,
    sources,
    agreements,
  };
}

function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** What the order of routes compares (DESIGN.md rule 5), known before a route is described. */
export interface OrderKey {
  hops: number;
  conditions: number;
  warnings: number;
  agreements: string[];
  parties: string[];
}

/**
 * DESIGN.md order: fewer hops, then fewer conditions, then fewer warnings, then agreement ids hop by hop; party ids
 * last, so that paths through different intermediaries under one agreement still have a fixed order.
 */
export function compareOrderKeys(a: OrderKey, b: OrderKey): number {
  return (
    a.hops - b.hops ||
    a.conditions - b.conditions ||
    a.warnings - b.warnings ||
    compareLists(a.agreements, b.agreements) ||
    compareLists(a.parties, b.parties)
  );
}

/**
 * The order key of a judged candidate; for a permitted one its warnings are counted as `describe` would list them
 * (one per distinct message), so that candidates can be put in order before any is described.
 */
export function pathOrderKey(ctx: QueryContext, path: readonly Channel[], judgement: Judgement): OrderKey {
  let warnings = 0;
  if (judgement.permitted) {
    const seen: number[] = [];
    for (const channel of path) {
      for (const id of hopDetail(ctx, channel).warningIds) if (!seen.includes(id)) seen.push(id);
    }
    warnings = seen.length;
  }
  return {
    hops: path.length,
    conditions: judgement.permitted ? judgement.conditions.length : 0,
    warnings,
    agreements: path.map((c) => c.agreement),
    parties: [path[0]!.from, ...path.map((c) => c.to)],
  };
}

/** Sort routes in DESIGN.md order (see compareOrderKeys). */
export function sortRoutes(routes: Route[]): Route[] {
  const keyed = routes.map((route) => ({
    route,
    key: {
      hops: route.hops.length,
      conditions: route.conditions.length,
      warnings: route.warnings.length,
      agreements: route.hops.map((h) => h.agreement),
      parties: route.parties,
    },
  }));
  keyed.sort((a, b) => compareOrderKeys(a.key, b.key));
  return keyed.map((k) => k.route);
}
