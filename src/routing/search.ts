// Candidate paths: every simple path (for explaining blocked routes) and a pruned search that extends a path only
// while it can still be permitted (for the permitted routes of huge worlds).
import {
  type Channel,
  channelsBetween,
  hopVerdict,
  outChannels,
  outChannelsUnder,
  type QueryContext,
} from "./context";

/** Return false to stop the enumeration. */
export type Visit = (path: readonly Channel[]) => boolean | undefined;

/**
 * Every simple path from the query's `from` to its `to` with exactly `minHops`..`maxHops` hops, depth first. Parallel
 * channels give distinct paths. A path reaching `to` ends there. Stops early when `visit` returns false.
 */
export function eachCandidate(ctx: QueryContext, minHops: number, maxHops: number, visit: Visit): void {
  const { from, to } = ctx.query;
  const path: Channel[] = [];
  const visited = new Set([from]);
  let stopped = false;
  const step = (node: string) => {
    const depth = path.length;
    // The last hop can only go to the target: look it up instead of scanning every channel out of the node.
    const next = depth + 1 === maxHops ? channelsBetween(ctx, node, to) : outChannels(ctx, node);
    for (const channel of next) {
      if (stopped) return;
      if (visited.has(channel.to)) continue;
      path.push(channel);
      if (channel.to === to) {
        if (path.length >= minHops && visit(path) === false) stopped = true;
      } else if (path.length < maxHops) {
        visited.add(channel.to);
        step(channel.to);
        visited.delete(channel.to);
      }
      path.pop();
    }
  };
  if (from !== to) step(from);
}

/**
 * The paths that may be permitted: only open hops, and out of an intermediary only the channels its relay rule
 * allows (its own agreement when it is that agreement's relaying hub; any, when ad-hoc consent is accepted).
 */
export function permittedCandidates(ctx: QueryContext): Channel[][] {
  const { query, options, model } = ctx;
  const { to } = query;
  const found: Channel[][] = [];
  const path: Channel[] = [];
  const visited = new Set([query.from]);
  const step = (node: string) => {
    const depth = path.length;
    const last = depth + 1 === options.maxHops;
    let next: readonly Channel[];
    const inbound = path[depth - 1];
    if (!inbound || options.allowConsentRelay) {
      next = last ? channelsBetween(ctx, node, to) : outChannels(ctx, node);
    } else {
      const agreement = model.agreements.get(inbound.agreement)!;
      if (agreement.hub !== node || !agreement.relay) return;
      next = outChannelsUnder(ctx, node, agreement.id);
      if (last) next = next.filter((c) => c.to === to);
    }
    for (const channel of next) {
      if (visited.has(channel.to) || !hopVerdict(ctx, channel).open) continue;
      path.push(channel);
      if (channel.to === to) found.push([...path]);
      else if (!last) {
        visited.add(channel.to);
        step(channel.to);
        visited.delete(channel.to);
      }
      path.pop();
    }
  };
  if (query.from !== to) step(query.from);
  return found;
}
