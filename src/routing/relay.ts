// The relay rule (DESIGN.md rule 3): whether an intermediary may pass on what it received, and on which condition;
// for a route being described, and for the path search, which works on channel numbers.
import type { Agreement } from "../model";
import type { ChannelIndex } from "./channelIndex";
import type { Channel, QueryContext } from "./context";
import type { ConditionCode } from "./types";

/** Whether an intermediary may pass information on over a hop, and the condition that puts on the route. */
export interface RelayVerdict {
  allowed: boolean;
  condition: ConditionCode | null;
}

const HUB_APPROVAL: RelayVerdict = { allowed: true, condition: "originator-approval" };
const HUB_FREE: RelayVerdict = { allowed: true, condition: null };
const CONSENT: RelayVerdict = { allowed: true, condition: "ad-hoc-consent" };
const THIRD_PARTY: RelayVerdict = { allowed: false, condition: null };

/**
 * The relay rule at the sender of `channel`, which received the information under `inbound`: allowed when both
 * hops run under one agreement whose hub it is and that provides for relay; otherwise only with ad-hoc consent,
 * when the query accepts it; otherwise the third-party rule blocks it.
 */
export function relayRule(ctx: QueryContext, inbound: Agreement, channel: Channel): RelayVerdict {
  if (inbound.id === channel.agreement && inbound.hub === channel.from && inbound.relay) {
    return inbound.relay.condition === "originator-approval" ? HUB_APPROVAL : HUB_FREE;
  }
  return ctx.options.allowConsentRelay ? CONSENT : THIRD_PARTY;
}

const agreementOf = (index: ChannelIndex, n: number) => index.agreements[index.agreementOf[n]!]!;

/**
 * The relay rule at the sender of channel number `outbound`, which received the information over channel number
 * `inbound`: true when it may pass it on.
 */
export function mayRelay(ctx: QueryContext, inbound: number, outbound: number): boolean {
  const { index } = ctx;
  return relayRule(ctx, agreementOf(index, inbound), index.channels[outbound]!).allowed;
}
