// Candidate paths, found without walking into dead ends: each prefix is extended only when the counter says it can
// still end in an outcome the search wants (permitted, blocked, or blocked for a given reason).
import { type Channel, channelsBetween } from "./channelIndex";
import { hopMask, type QueryContext } from "./context";
import type { PathCounter } from "./count";
import { THIRD_PARTY, wanted } from "./outcomes";
import { mayRelay } from "./relay";

/** A candidate as channel numbers, and its outcome (reason bits; 0 = permitted). */
export interface FoundPath {
  channels: number[];
  outcome: number;
}

/** Return false to stop the walk. */
export type Visit = (path: FoundPath) => boolean | undefined;

/**
 * Visit, depth first, every candidate of exactly `hops` hops whose outcome `want` accepts; a prefix is extended
 * only when some completion of it is wanted, so the walk costs the paths it visits, not the paths it skips.
 * Returns false when `visit` stopped it.
 */
export function walkCandidates(
  counter: PathCounter,
  hops: number,
  want: (outcome: number) => boolean,
  visit: Visit,
): boolean {
  const { ctx } = counter;
  const { index, origin, target } = ctx;
  const wants = wanted(want);
  const path: number[] = [];
  const step = (party: number, mask: number, relayed: boolean): boolean => {
    const depth = path.length;
    const last = depth + 1 === hops;
    const inbound = path[depth - 1];
    for (const n of last ? channelsBetween(index, party, target) : index.out[party]!) {
      const next = index.receiver[n]!;
      if (!last && (next === target || counter.visited[next])) continue;
      const nextMask = mask | hopMask(ctx, n);
      const nextRelayed = relayed && (inbound === undefined || mayRelay(ctx, inbound, n));
      path.push(n);
      if (last) {
        const outcome = nextMask | (nextRelayed ? 0 : THIRD_PARTY);
        if (want(outcome) && visit({ channels: [...path], outcome }) === false) return false;
      } else {
        counter.enter(next);
        const go = counter.canComplete(next, n, hops - depth - 1, nextMask, nextRelayed, wants);
        const carryOn = !go || step(next, nextMask, nextRelayed);
        counter.leave(next);
        if (!carryOn) return false;
      }
      path.pop();
    }
    return true;
  };
  if (origin === target) return true;
  return step(origin, 0, true);
}

/**
 * The permitted candidates: only open hops, and out of an intermediary only the channels its relay rule allows (its
 * own agreement when it is that agreement's relaying hub; any, when ad-hoc consent is accepted). Without consent
 * the relay rule alone keeps the search small; with it, the counter prunes prefixes that cannot reach the target.
 */
export function permittedPaths(counter: PathCounter): number[][] {
  const { ctx } = counter;
  const found: number[][] = [];
  if (ctx.options.allowConsentRelay) return openPaths(counter);
  const { index, origin, target } = ctx;
  const maxHops = ctx.options.maxHops;
  const path: number[] = [];
  const step = (party: number) => {
    const depth = path.length;
    const inbound = path[depth - 1];
    // Without ad-hoc consent only the relaying hub of the inbound agreement passes anything on.
    if (inbound !== undefined && index.relayingHub[index.agreementOf[inbound]!] !== party) return;
    for (const n of index.out[party]!) {
      const next = index.receiver[n]!;
      if (inbound !== undefined && !mayRelay(ctx, inbound, n)) continue;
      if (counter.visited[next] || hopMask(ctx, n) !== 0) continue;
      path.push(n);
      if (next === target) found.push([...path]);
      else if (depth + 1 < maxHops) {
        counter.enter(next);
        step(next);
        counter.leave(next);
      }
      path.pop();
    }
  };
  if (origin !== target) step(origin);
  return found;
}

/**
 * The candidates whose every hop is open: the permitted ones when ad-hoc consent lets every intermediary pass on.
 * One depth-first walk over open channels, entering a party only when the counter's tables say it may still reach
 * the target in the hops left.
 */
function openPaths(counter: PathCounter): number[][] {
  const { ctx } = counter;
  const { index, origin, target } = ctx;
  const maxHops = ctx.options.maxHops;
  const found: number[][] = [];
  const path: number[] = [];
  const step = (party: number) => {
    const left = maxHops - path.length - 1;
    // On the last hop only the channels to the target matter; before it, only parties that may still reach it.
    for (const n of left === 0 ? channelsBetween(index, party, target) : index.out[party]!) {
      const next = index.receiver[n]!;
      if (counter.visited[next]) continue;
      if (next !== target && !counter.mayReachOpen(next, left)) continue;
      if (hopMask(ctx, n) !== 0) continue;
      if (next === target) found.push([...path, n]);
      else {
        path.push(n);
        counter.enter(next);
        step(next);
        counter.leave(next);
        path.pop();
      }
    }
  };
  if (origin !== target) step(origin);
  return found;
}

/** The channels of a path given as channel numbers. */
export function channelsOfPath(ctx: QueryContext, numbers: readonly number[]): Channel[] {
  return numbers.map((n) => ctx.index.channels[n]!);
}

/**
 * Up to `limit` candidates whose outcome `want` accepts, fewest hops first (at equal length, in search order), as
 * channel numbers; `byLength` is how many there are of each length (from the counter), so lengths without any are
 * not walked.
 */
export function pathsWhere(
  counter: PathCounter,
  byLength: readonly number[],
  want: (outcome: number) => boolean,
  limit: number,
): number[][] {
  const found: number[][] = [];
  for (let hops = 1; hops < byLength.length && found.length < limit; hops++) {
    if (byLength[hops] === 0) continue;
    walkCandidates(counter, hops, want, ({ channels }) => {
      found.push(channels);
      return found.length < limit;
    });
  }
  return found;
}
