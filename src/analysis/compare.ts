// What changed between two dates: for one pair and topic, the routes gained, lost and changed (matched by key);
// across the network, the channels that came into or went out of force.
import { channelKey, type Day, type Model, OPERATIVE } from "../model";
import { findRoutes, type Route, type RouteOptions, routeKey } from "../routing";
import {
  channelStatus,
  checkedOptions,
  eachChannelVerdict,
  judgePath,
  networkContext,
  pathOf,
  routeContext,
} from "../routing/reach";
import { checkDay, echoOptions } from "./query";
import type { ChannelChange, DateComparison, RouteChange } from "./types";

const SCOPE = "compareDates";

/** What a timeline shows of a permitted route: its condition and warning codes. */
function qualification(route: Route): string {
  return JSON.stringify([route.conditions.map((c) => c.code), route.warnings.map((w) => w.code)]);
}

function byKey(routes: readonly Route[]): Map<string, Route> {
  return new Map(routes.map((r) => [routeKey(r), r]));
}

/** Channels whose agreement is in force on one date and not on the other, by key. */
function channelChanges(model: Model, topic: string, d1: Day, d2: Day, options: RouteOptions) {
  const before = networkContext(model, topic, d1, options);
  const after = networkContext(model, topic, d2, options);
  const cameIntoForce: ChannelChange[] = [];
  const wentOutOfForce: ChannelChange[] = [];
  eachChannelVerdict(after, ({ channel, status }) => {
    const was = channelStatus(before, channel);
    const is = status.status;
    if (OPERATIVE.has(was) === OPERATIVE.has(is)) return;
    const change: ChannelChange = {
      key: channelKey(channel),
      agreement: channel.agreement,
      from: channel.from,
      to: channel.to,
      before: was,
      after: is,
    };
    (OPERATIVE.has(is) ? cameIntoForce : wentOutOfForce).push(change);
  });
  const order = (a: ChannelChange, b: ChannelChange) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return { cameIntoForce: cameIntoForce.sort(order), wentOutOfForce: wentOutOfForce.sort(order) };
}

/**
 * Compare one pair and topic on `d1` ("before") and `d2` ("after"; it may be the earlier date). Routes are matched
 * by key: `gained` are permitted on d2 only, `lost` on d1 only (both as they stand on d2, so a lost route's reasons
 * say why), `changed` on both with other condition or warning codes. `channels` lists, network-wide and whatever
 * the topic, the channels whose agreement came into force or went out of force between the two dates. Options
 * merge over the engine's defaults.
 * Throws LiaisonError as findRoutes does for an unknown party or topic, a date not YYYY-MM-DD or a bad option.
 */
export function compareDates(
  model: Model,
  query: { from: string; to: string; topic: string },
  d1: Day,
  d2: Day,
  options: Partial<RouteOptions> = {},
): DateComparison {
  checkDay(SCOPE, "d1", d1);
  checkDay(SCOPE, "d2", d2);
  const resolved = checkedOptions(model, query.topic, d1, options);
  // Permitted routes only: what was lost is judged alone on d2, so no list of blocked candidates is built.
  const ask = (at: Day) => findRoutes(model, { ...query, at }, { ...resolved, explain: 0 }).routes;
  const one = ask(d1);
  const two = ask(d2);
  const permittedBefore = byKey(one);
  const permittedAfter = byKey(two);
  const gained = two.filter((r) => !permittedBefore.has(routeKey(r)));
  const lost: Route[] = [];
  const changed: RouteChange[] = [];
  const onD2 = routeContext(model, { ...query, at: d2 }, resolved);
  for (const [key, before] of permittedBefore) {
    const after = permittedAfter.get(key);
    if (!after) lost.push(judgePath(onD2, pathOf(model, before)));
    else if (qualification(before) !== qualification(after)) changed.push({ key, before, after });
  }
  return {
    query: { from: query.from, to: query.to, topic: query.topic, ...echoOptions(resolved) },
    before: d1,
    after: d2,
    gained,
    lost,
    changed,
    channels: channelChanges(model, query.topic, d1, d2, resolved),
  };
}
