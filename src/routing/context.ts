// One query's working state: resolved options, the channel index of the model, and each hop's verdict, computed
// once per channel and shared by every candidate path that uses it.
import {
  type Agreement,
  type ChannelAttributes,
  compareDays,
  type Day,
  isCovered,
  type Model,
  OPERATIVE,
  overlaps,
  type Policy,
  type StatusOnDate,
  statusOn,
  toDay,
} from "../model";
import { hopReasonMessage, type ReasonDraft } from "./messages";
import type { RouteAgreement, RouteOptions, RouteQuery, RouteSource, Warning } from "./types";

export type Channel = ChannelAttributes;

/** The model's channels arranged for path search; built once per model. */
export interface ChannelIndex {
  /** Outgoing channels by sender. */
  out: ReadonlyMap<string, readonly Channel[]>;
  /** Outgoing channels by sender, then by agreement (a hub passes on only within its own agreement). */
  outByAgreement: ReadonlyMap<string, ReadonlyMap<string, readonly Channel[]>>;
  /** Channels by sender, then by receiver: the last hop of a path is looked up, not searched. */
  between: ReadonlyMap<string, ReadonlyMap<string, readonly Channel[]>>;
}

const EMPTY: readonly Channel[] = [];

/** The map under `key` in a map of maps, created on first use. */
function inner<V>(outer: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let map = outer.get(key);
  if (!map) {
    map = new Map();
    outer.set(key, map);
  }
  return map;
}
const indexes = new WeakMap<Model, ChannelIndex>();

/** The channel index of a model, cached for the model's lifetime. */
export function channelIndex(model: Model): ChannelIndex {
  let index = indexes.get(model);
  if (index) return index;
  const out = new Map<string, Channel[]>();
  const outByAgreement = new Map<string, Map<string, Channel[]>>();
  const between = new Map<string, Map<string, Channel[]>>();
  const push = <K>(map: Map<K, Channel[]>, key: K, c: Channel) => {
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  };
  model.graph.forEachEdge((_key, channel) => {
    push(out, channel.from, channel);
    push(inner(outByAgreement, channel.from), channel.agreement, channel);
    push(inner(between, channel.from), channel.to, channel);
  });
  index = { out, outByAgreement, between };
  indexes.set(model, index);
  return index;
}

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
  options: RouteOptions;
  index: ChannelIndex;
  disabled: ReadonlySet<string>;
  verdicts: Map<string, HopVerdict>;
  /** Status on the query date by agreement, for agreements whose members all joined together. */
  statuses: Map<string, StatusOnDate>;
  inScope: Map<string, boolean>;
  /** Per-channel description parts, filled by the route describer. */
  details: Map<string, HopDetail>;
}

/** What a hop adds to a route's description; the same for every path through the channel. */
export interface HopDetail {
  /** The days around the query date on which the hop's status and policies stay the same; null = unbounded. */
  from: Day | null;
  to: Day | null;
  /** Warnings the hop gives a permitted route. */
  warnings: Warning[];
  /** Sources of the agreement, its status events and applicable policies, in citation order, without repeats. */
  sources: RouteSource[];
  agreement: RouteAgreement;
}

export function createContext(model: Model, query: RouteQuery, options: RouteOptions): QueryContext {
  return {
    model,
    query,
    options,
    index: channelIndex(model),
    disabled: new Set(options.disable),
    verdicts: new Map(),
    statuses: new Map(),
    inScope: new Map(),
    details: new Map(),
  };
}

export function outChannels(ctx: QueryContext, node: string): readonly Channel[] {
  return ctx.index.out.get(node) ?? EMPTY;
}

export function outChannelsUnder(ctx: QueryContext, node: string, agreement: string): readonly Channel[] {
  return ctx.index.outByAgreement.get(node)?.get(agreement) ?? EMPTY;
}

export function channelsBetween(ctx: QueryContext, from: string, to: string): readonly Channel[] {
  return ctx.index.between.get(from)?.get(to) ?? EMPTY;
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

const hasAccessions = new WeakMap<Agreement, boolean>();

/** The status on the query date; shared by all of an agreement's channels unless members joined at other dates. */
function channelStatus(ctx: QueryContext, agreement: Agreement, channel: Channel): StatusOnDate {
  let accessions = hasAccessions.get(agreement);
  if (accessions === undefined) {
    accessions = agreement.timeline.some((e) => e.parties !== undefined);
    hasAccessions.set(agreement, accessions);
  }
  if (accessions) return statusOn(agreement, ctx.query.at, [channel.from, channel.to]);
  let status = ctx.statuses.get(agreement.id);
  if (!status) {
    status = statusOn(agreement, ctx.query.at);
    ctx.statuses.set(agreement.id, status);
  }
  return status;
}

function inScope(ctx: QueryContext, agreement: Agreement): boolean {
  let covered = ctx.inScope.get(agreement.id);
  if (covered === undefined) {
    covered = isCovered(ctx.model.topics, ctx.query.topic, agreement.scope);
    ctx.inScope.set(agreement.id, covered);
  }
  return covered;
}

/** The verdict on a channel for this query, computed on first use. */
export function hopVerdict(ctx: QueryContext, channel: Channel): HopVerdict {
  const cached = ctx.verdicts.get(channel.key);
  if (cached) return cached;
  const { model, query, disabled } = ctx;
  const agreement = model.agreements.get(channel.agreement)!;
  const status = channelStatus(ctx, agreement, channel);
  const allPolicies = (model.policiesBySender.get(channel.from) ?? []).filter(
    (p) => p.receiver === channel.to && (p.agreement === undefined || p.agreement === channel.agreement),
  );
  const policies = allPolicies.filter((p) => isPolicyActive(p, query.at));
  const reasons: ReasonDraft[] = [];
  const note = (draft: Parameters<typeof hopReasonMessage>[1]) => reasons.push(hopReasonMessage(ctx, draft));
  for (const id of [agreement.id, channel.from, channel.to]) {
    if (disabled.has(id)) note({ code: "disabled-by-scenario", channel, agreement, disabledId: id });
  }
  if (!OPERATIVE.has(status.status)) note({ code: "not-in-force", channel, agreement, status });
  if (!inScope(ctx, agreement)) note({ code: "out-of-scope", channel, agreement });
  for (const policy of policies) {
    if (policyRestricts(model, policy, query.topic))
      note({ code: "policy-restriction", channel, agreement, policy });
  }
  const verdict: HopVerdict = {
    channel,
    agreement,
    status,
    policies,
    allPolicies,
    reasons,
    open: reasons.length === 0,
  };
  ctx.verdicts.set(channel.key, verdict);
  return verdict;
}
