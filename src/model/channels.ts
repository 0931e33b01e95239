// Channels: the directed sender → receiver links an agreement creates, derived from its shape.
import type { Agreement } from "./schema.ts";

export interface Channel {
  agreement: string;
  from: string;
  to: string;
}

/** Every channel of the agreement: both directions for bilateral, every ordered pair for all-to-all, spoke ↔ hub. */
export function channelsOf(agreement: Agreement): Channel[] {
  const out: Channel[] = [];
  const add = (from: string, to: string) => out.push({ agreement: agreement.id, from, to });
  const { parties, hub } = agreement;
  if (agreement.shape === "hub-and-spoke" && hub) {
    for (const p of parties) {
      if (p === hub) continue;
      add(p, hub);
      add(hub, p);
    }
    return out;
  }
  for (const a of parties) for (const b of parties) if (a !== b) add(a, b);
  return out;
}

/** The graph key of a channel; stable so that views and exports can refer to it. */
export function channelKey(c: Channel): string {
  return `${c.agreement}:${c.from}->${c.to}`;
}
