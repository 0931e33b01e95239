// The model's channels numbered and arranged for path search, built once per model: by sender, by receiver and by
// pair, with each channel's agreement and that agreement's relaying hub, so the search loops work on plain numbers.
import type { Agreement, ChannelAttributes, Model, Policy } from "../model";

export type Channel = ChannelAttributes;

export interface ChannelIndex {
  /** Party ids by number, and the number of each id. */
  parties: readonly string[];
  partyNumber: ReadonlyMap<string, number>;
  /** Channels by number, in the graph's order (dataset order of agreements), and the number of each key. */
  channels: readonly Channel[];
  channelNumber: ReadonlyMap<string, number>;
  /** Agreements by number (dataset order), and the number of each id. */
  agreements: readonly Agreement[];
  agreementNumber: ReadonlyMap<string, number>;
  /** Sender and receiver of each channel, as party numbers. */
  sender: Int32Array;
  receiver: Int32Array;
  /** The agreement of each channel, as a number (agreements numbered in dataset order). */
  agreementOf: Int32Array;
  /** By agreement number: the party number of the agreement's hub when the hub relays, else -1. */
  relayingHub: Int32Array;
  /** Outgoing and incoming channel numbers by party number. */
  out: readonly Int32Array[];
  in: readonly Int32Array[];
  /** Channel numbers by `sender * parties + receiver`. */
  between: ReadonlyMap<number, Int32Array>;
  /** By channel number: the sender's policies toward the receiver for the channel's agreement or for all. */
  policies: readonly (readonly Policy[] | undefined)[];
}

const indexes = new WeakMap<Model, ChannelIndex>();
const NONE = new Int32Array(0);

/** The channel index of a model, cached for the model's lifetime. */
export function channelIndex(model: Model): ChannelIndex {
  const cached = indexes.get(model);
  if (cached) return cached;
  const parties = [...model.graph.nodes()];
  const partyNumber = new Map(parties.map((id, i) => [id, i]));
  const agreementIds = model.dataset.agreements.map((a) => a.id);
  const agreementNumber = new Map(agreementIds.map((id, i) => [id, i]));
  const relayingHub = new Int32Array(agreementIds.length).fill(-1);
  model.dataset.agreements.forEach((a, i) => {
    if (a.hub !== undefined && a.relay !== undefined) relayingHub[i] = partyNumber.get(a.hub) ?? -1;
  });
  const channels: Channel[] = [];
  model.graph.forEachEdge((_key, channel) => {
    channels.push(channel);
  });
  const sender = new Int32Array(channels.length);
  const receiver = new Int32Array(channels.length);
  const agreementOf = new Int32Array(channels.length);
  const outLists: number[][] = parties.map(() => []);
  const inLists: number[][] = parties.map(() => []);
  const pairs = new Map<number, number[]>();
  channels.forEach((c, n) => {
    const s = partyNumber.get(c.from)!;
    const r = partyNumber.get(c.to)!;
    sender[n] = s;
    receiver[n] = r;
    agreementOf[n] = agreementNumber.get(c.agreement)!;
    outLists[s]!.push(n);
    inLists[r]!.push(n);
    const pair = s * parties.length + r;
    const list = pairs.get(pair);
    if (list) list.push(n);
    else pairs.set(pair, [n]);
  });
  const index: ChannelIndex = {
    parties,
    partyNumber,
    channels,
    channelNumber: new Map(channels.map((c, n) => [c.key, n])),
    agreements: model.dataset.agreements,
    agreementNumber,
    sender,
    receiver,
    agreementOf,
    relayingHub,
    out: outLists.map((l) => Int32Array.from(l)),
    in: inLists.map((l) => Int32Array.from(l)),
    between: new Map([...pairs].map(([k, l]) => [k, Int32Array.from(l)])),
    policies: channelPolicies(model, channels, partyNumber, pairs),
  };
  indexes.set(model, index);
  return index;
}

function channelPolicies(
  model: Model,
  channels: readonly Channel[],
  partyNumber: ReadonlyMap<string, number>,
  pairs: ReadonlyMap<number, number[]>,
): (Policy[] | undefined)[] {
  const byChannel: (Policy[] | undefined)[] = new Array(channels.length);
  for (const policy of model.dataset.policies) {
    const s = partyNumber.get(policy.party);
    const r = partyNumber.get(policy.receiver);
    if (s === undefined || r === undefined) continue;
    for (const n of pairs.get(s * partyNumber.size + r) ?? []) {
      if (policy.agreement !== undefined && policy.agreement !== channels[n]!.agreement) continue;
      byChannel[n] ??= [];
      byChannel[n].push(policy);
    }
  }
  return byChannel;
}

/** The channels from party number `s` to party number `r`. */
export function channelsBetween(index: ChannelIndex, s: number, r: number): Int32Array {
  return index.between.get(s * index.parties.length + r) ?? NONE;
}
