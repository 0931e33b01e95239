// One query's working state: resolved options, the channel index of the model, and each hop's verdict, computed
// once per channel and shared by every candidate path that uses it; the cheap form of a verdict is a bit mask.
import {
  type Agreement,
  compareDays,
  type Day,
  isCovered,
  type Model,
  OPERATIVE,
  overlaps,
  type Policy,
  type StatusOnDate,
  toDay,
} from "../model";
import { type Channel, type ChannelIndex, channelIndex } from "./channelIndex";
import { type HopFinding, hopReasonMessage, type ReasonDraft } from "./messages";
import { REASON_BIT } from "./outcomes";
import { dayNumber, intervalOn, type StatusIntervals, statusIntervals } from "./statusIntervals";
import type { RouteAgreement, RouteOptions, RouteQuery, RouteSource, Warning } from "./types";

export type { Channel } from "./channelIndex";

/** The verdict on one hop (channel) for the query: why it is blocked, its status and the policies that apply. */
export interface HopVerdict {
  channel: Channel;
  agreement: Agreement;
  status: StatusOnDate;
  /** Policies of the sender toward the receiver for this agreement (or for all), active on the query date. */
  policies: Policy[];
  /** Every policy of the sender toward the receiver for this agreement or for all, whatever its dates. */
  allPolicies: Policy[];
  reasons: ReasonDraft[];
  /** True when the hop itself is not blocked (relay rules are judged on the path). */
  open: boolean;
}

export interface QueryContext {
  model: Model;
  query: RouteQuery;
  /** The query's day as a number (dayNumber), for status lookups. */
  day: number;
  options: RouteOptions;
  index: ChannelIndex;
  /** The query's ends as party numbers of the index (-1 for an id the model lacks). */
  origin: number;
  target: number;
  disabled: ReadonlySet<string>;
  verdicts: Map<string, HopVerdict>;
  /** Hop masks by channel number, and the part shared by an agreement's channels by agreement number; -1 until computed. */
  masks: Int8Array;
  agreementMasks: Int8Array;
  /** By agreement number: 1 where its scope covers the query's topic, 0 where not, -1 not yet known. */
  scope: Int8Array;
  memo: ModelMemo;
  /** Per-channel description parts, filled by the route describer. */
  details: Map<string, HopDetail>;
}

/** What a hop adds to a route's description; the same for every path through the channel. */
export interface HopDetail {
  /** The days around the query date on which the hop's status and policies stay the same; null = unbounded. */
  from: Day | null;
  to: Day | null;
  /** Warnings the hop gives a permitted route, and a number for each distinct one (same code and message). */
  warnings: Warning[];
  warningIds: number[];
  /** Sources of the agreement, its status events and applicable policies, in citation order, without repeats. */
  sources: RouteSource[];
  agreement: RouteAgreement;
}

export function createContext(model: Model, query: RouteQuery, options: RouteOptions): QueryContext {
  const index = channelIndex(model);
  const memo = modelMemo(model, index);
  return {
    model,
    query,
    day: dayNumber(query.at),
    options,
    index,
    origin: index.partyNumber.get(query.from) ?? -1,
    target: index.partyNumber.get(query.to) ?? -1,
    disabled: new Set(options.disable),
    verdicts: new Map(),
    masks: new Int8Array(index.channels.length).fill(-1),
    agreementMasks: new Int8Array(index.agreements.length).fill(-1),
    scope: scopeOf(memo, index, query.topic),
    memo,
    details: new Map(),
  };
}

function scopeOf(memo: ModelMemo, index: ChannelIndex, topic: string): Int8Array {
  let scope = memo.scopes.get(topic);
  if (!scope) {
    scope = new Int8Array(index.agreements.length).fill(-1);
    memo.scopes.set(topic, scope);
  }
  return scope;
}

/** True when the policy is in effect on `day` (both ends inclusive; a month-only date is its first day). */
export function isPolicyActive(policy: Policy, day: Day): boolean {
  return (
    compareDays(toDay(policy.from), day) <= 0 &&
    (policy.to === undefined || compareDays(day, toDay(policy.to)) <= 0)
  );
}

/** True when the policy holds back information on `topic`: an allow list not covering it, or a deny overlapping it. */
export function policyRestricts(model: Model, policy: Policy, topic: string): boolean {
  if (policy.allow && !isCovered(model.topics, topic, policy.allow)) return true;
  return policy.deny?.some((denied) => overlaps(model.topics, topic, denied)) ?? false;
}

/**
 * What queries on one model share, by agreement number: whether members joined at other dates, and which
 * agreements cover each topic.
 */
export interface ModelMemo {
  joinsLater: Uint8Array;
  /** Status intervals by agreement number, and by channel number where members joined at other dates. */
  intervals: (StatusIntervals | undefined)[];
  channelIntervals: (StatusIntervals | undefined)[];
  /**
   * Hop details by channel number, status interval and the side of each of its policies the day falls on: a hop's
   * description is the same on every day those agree on, so later queries reuse it.
   */
  details: Map<string | number, HopDetail>;
  /** Numbers of the distinct warnings met so far, by code and message. */
  warningIds: Map<string, number>;
  /** By topic: 1 where the agreement's scope covers it, 0 where not, -1 not yet known. */
  scopes: Map<string, Int8Array>;
}

const memos = new WeakMap<Model, ModelMemo>();

function modelMemo(model: Model, index: ChannelIndex): ModelMemo {
  let memo = memos.get(model);
  if (!memo) {
    memo = {
      joinsLater: Uint8Array.from(index.agreements, (a) => (a.timeline.some((e) => e.parties) ? 1 : 0)),
      intervals: new Array(index.agreements.length),
      channelIntervals: new Array(index.channels.length),
      details: new Map(),
      warningIds: new Map(),
      scopes: new Map(),
    };
    memos.set(model, memo);
  }
  return memo;
}

/** The status intervals of channel number `n` (its agreement's, unless members joined at other dates). */
export function intervalsOf(ctx: QueryContext, n: number): StatusIntervals {
  const { memo, index } = ctx;
  const a = index.agreementOf[n]!;
  if (!memo.joinsLater[a]) {
    memo.intervals[a] ??= statusIntervals(index.agreements[a]!);
    return memo.intervals[a];
  }
  let intervals = memo.channelIntervals[n];
  if (!intervals) {
    const channel = index.channels[n]!;
    intervals = statusIntervals(index.agreements[a]!, [channel.from, channel.to]);
    memo.channelIntervals[n] = intervals;
  }
  return intervals;
}

/** The status of channel number `n`'s agreement on the query date. */
export function statusOf(ctx: QueryContext, n: number): StatusOnDate {
  const intervals = intervalsOf(ctx, n);
  return intervals.statuses[intervalOn(intervals, ctx.day)]!;
}

function inScope(ctx: QueryContext, a: number): boolean {
  let covered = ctx.scope[a]!;
  if (covered < 0) {
    covered = isCovered(ctx.model.topics, ctx.query.topic, ctx.index.agreements[a]!.scope) ? 1 : 0;
    ctx.scope[a] = covered;
  }
  return covered === 1;
}

const NO_POLICIES: readonly Policy[] = [];

/** Policies of the channel's sender toward its receiver, for its agreement or for all, whatever their dates. */
function policiesOf(ctx: QueryContext, n: number): readonly Policy[] {
  return ctx.index.policies[n] ?? NO_POLICIES;
}

/** The policies among `policies` that hold the query's topic back on the query date. */
function restrictingPolicies(ctx: QueryContext, policies: readonly Policy[]): Policy[] {
  return policies.filter(
    (p) => isPolicyActive(p, ctx.query.at) && policyRestricts(ctx.model, p, ctx.query.topic),
  );
}

/** The reason bits that hold on every channel of agreement number `a`; cached per query. */
function agreementMask(ctx: QueryContext, a: number, n: number): number {
  const known = ctx.agreementMasks[a]!;
  if (known >= 0) return known;
  let mask = 0;
  if (ctx.disabled.has(ctx.index.agreements[a]!.id)) mask |= REASON_BIT["disabled-by-scenario"];
  if (!inScope(ctx, a)) mask |= REASON_BIT["out-of-scope"];
  // Where members joined at other dates, whether it is in force is a question per channel.
  if (!ctx.memo.joinsLater[a] && !OPERATIVE.has(statusOf(ctx, n).status)) mask |= REASON_BIT["not-in-force"];
  ctx.agreementMasks[a] = mask;
  return mask;
}

/**
 * The reason bits of channel number `n` for this query (0 = the hop is open; DESIGN.md rule 2), computed on first
 * use. This is where the hop rules decide; `hopVerdict` words what the bits say.
 */
export function hopMask(ctx: QueryContext, n: number): number {
  const known = ctx.masks[n]!;
  return known >= 0 ? known : computeHopMask(ctx, n);
}

function computeHopMask(ctx: QueryContext, n: number): number {
  const { index, disabled } = ctx;
  const a = index.agreementOf[n]!;
  let mask = agreementMask(ctx, a, n);
  if (disabled.size > 0) {
    const channel = index.channels[n]!;
    if (disabled.has(channel.from) || disabled.has(channel.to)) mask |= REASON_BIT["disabled-by-scenario"];
  }
  if (ctx.memo.joinsLater[a] && !OPERATIVE.has(statusOf(ctx, n).status)) mask |= REASON_BIT["not-in-force"];
  const policies = index.policies[n];
  if (policies && restrictingPolicies(ctx, policies).length > 0) mask |= REASON_BIT["policy-restriction"];
  ctx.masks[n] = mask;
  return mask;
}

/** The verdict on a channel for this query, its reason bits worded; computed on first use. */
export function hopVerdict(ctx: QueryContext, channel: Channel): HopVerdict {
  const cached = ctx.verdicts.get(channel.key);
  if (cached) return cached;
  const n = ctx.index.channelNumber.get(channel.key)!;
  const mask = hopMask(ctx, n);
  const agreement = ctx.model.agreements.get(channel.agreement)!;
  const status = statusOf(ctx, n);
  const allPolicies = [...policiesOf(ctx, n)];
  const findings: HopFinding[] = [];
  if (mask & REASON_BIT["disabled-by-scenario"]) {
    for (const id of [agreement.id, channel.from, channel.to]) {
      if (ctx.disabled.has(id)) findings.push({ code: "disabled-by-scenario", disabledId: id });
    }
  }
  if (mask & REASON_BIT["not-in-force"]) findings.push({ code: "not-in-force" });
  if (mask & REASON_BIT["out-of-scope"]) findings.push({ code: "out-of-scope" });
  if (mask & REASON_BIT["policy-restriction"]) {
    for (const policy of restrictingPolicies(ctx, allPolicies))
      findings.push({ code: "policy-restriction", policy });
  }
  const verdict: HopVerdict = {
    channel,
    agreement,
    status,
    policies: allPolicies.filter((p) => isPolicyActive(p, ctx.query.at)),
    allPolicies,
    reasons: findings.map((finding) => hopReasonMessage(ctx, channel, agreement, status, finding)),
    open: mask === 0,
  };
  ctx.verdicts.set(channel.key, verdict);
  return verdict;
}
