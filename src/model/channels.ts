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

/** The graph key of a channel, `agreement:from->to`; stable so that views and exports can refer to it. */
export function channelKey(c: Channel): string {
  return `${c.agreement}:${c.from}->${c.to}`;
}

/**
 * The unordered pairs of parties the agreement links, each as [lower id, higher id], in the order its channels first
 * reach them: every pair of members, or each spoke with the hub. Both channels of a pair carry the same agreement,
 * so a drawing or a file with one undirected edge per pair loses nothing.
 */
export function pairsOf(agreement: Agreement): [string, string][] {
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const { from, to } of channelsOf(agreement)) {
    const pair: [string, string] = from < to ? [from, to] : [to, from];
    const key = pairKey(agreement.id, ...pair);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(pair);
  }
  return out;
}

/** The key of an agreement's undirected edge between two parties, `agreement:a--b` whatever order they come in. */
export function pairKey(agreement: string, a: string, b: string): string {
  const [x, y] = a < b ? [a, b] : [b, a];
  return `${agreement}:${x}--${y}`;
}
