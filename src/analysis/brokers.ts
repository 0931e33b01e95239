// Who brokers on a topic and date: the pairs that depend on each party as their only relay and the pairs it can
// relay for, beside graphology's betweenness centrality on the in-force channel graph.
import { DirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import { type Day, type Model, OPERATIVE } from "../model";
import type { RouteOptions } from "../routing";
import { checkedOptions, eachChannelVerdict, eachPermittedRoute, networkContext } from "../routing/reach";
import { echoOptions } from "./query";
import type { BetweennessRow, Brokerage, BrokerRow } from "./types";

/** How route-aware brokerage differs from betweenness centrality, in words the explorer and the CLI can show. */
export const BROKERAGE_VS_BETWEENNESS =
  "Brokerage counts the pairs of parties whose permitted routes on this topic and date pass through a party as " +
  "relay, under the route rules: scope, policies, scenario and the third-party rule, which lets only a hub that " +
  "an agreement designates pass information on. Sole: every route of the pair goes through it; on: at least one " +
  "does. Betweenness centrality (graphology) counts the share of shortest paths between all pairs that pass " +
  "through a party on the graph of channels in force on the date, whatever the topic and whether or not any " +
  "party there may relay: it measures position in the network, not permission to pass information on.";

/**
 * Brokerage on `topic` at `at`: for each party, the ordered pairs whose every permitted route passes through it as
 * an intermediary (`sole`) and those with at least one such route (`on`), counted over every ordered pair of other
 * parties from the same permitted routes findRoutes gives pair by pair. Every party is listed, sorted by `sole`,
 * then `on`, descending, then id. Options merge over the engine's defaults.
 * Throws LiaisonError as findRoutes does for an unknown topic, a date not YYYY-MM-DD or a bad option.
 */
export function brokers(
  model: Model,
  topic: string,
  at: Day,
  options: Partial<RouteOptions> = {},
): Brokerage {
  const resolved = checkedOptions(model, topic, at, options);
  const ctx = networkContext(model, topic, at, resolved);
  const parties = [...model.parties.keys()];
  const index = new Map(parties.map((id, i) => [id, i]));
  const n = parties.length;
  const sole = new Uint32Array(n);
  const on = new Uint32Array(n);
  // Per receiver of the current sender: the intermediaries common to all its routes so far (at most maxHops - 1)
  // and every intermediary seen on any of its routes; null until the receiver is reached.
  const common: (number[] | null)[] = new Array(n).fill(null);
  const seen: (Set<number> | null)[] = new Array(n).fill(null);
  for (const from of parties) {
    common.fill(null);
    seen.fill(null);
    eachPermittedRoute(ctx, from, (path) => {
      const t = index.get(path[path.length - 1]!.to)!;
      const via: number[] = [];
      for (let h = 1; h < path.length; h++) via.push(index.get(path[h]!.from)!);
      let marks = seen[t];
      if (!marks) {
        marks = new Set();
        seen[t] = marks;
        common[t] = via;
      } else if (common[t]!.length > 0) common[t] = common[t]!.filter((p) => via.includes(p));
      for (const p of via) {
        if (marks.has(p)) continue;
        marks.add(p);
        on[p]!++;
      }
    });
    for (const list of common) if (list) for (const p of list) sole[p]!++;
  }
  const rows: BrokerRow[] = parties.map((party, i) => ({ party, sole: sole[i]!, on: on[i]! }));
  rows.sort((a, b) => b.sole - a.sole || b.on - a.on || (a.party < b.party ? -1 : a.party > b.party ? 1 : 0));
  return { query: { topic, at, ...echoOptions(resolved) }, brokers: rows };
}

/**
 * Normalised betweenness centrality of each party (graphology-metrics, unweighted, directed) on the graph of
 * channels in force on `at`, parallel channels counted once, without the parties and agreements the scenario
 * switches off. The topic plays no part (see BROKERAGE_VS_BETWEENNESS). Every party is listed, highest first, then
 * by id. Throws LiaisonError for a date not YYYY-MM-DD or a bad option.
 */
export function channelBetweenness(
  model: Model,
  at: Day,
  options: Partial<RouteOptions> = {},
): BetweennessRow[] {
  const anyTopic = model.topics.keys().next().value ?? "any";
  const resolved = checkedOptions(model, anyTopic, at, options);
  const ctx = networkContext(model, anyTopic, at, resolved);
  const off = new Set(resolved.disable);
  const graph = new DirectedGraph();
  for (const id of model.parties.keys()) if (!off.has(id)) graph.addNode(id);
  eachChannelVerdict(ctx, ({ channel, status }) => {
    if (
      !OPERATIVE.has(status.status) ||
      [channel.agreement, channel.from, channel.to].some((x) => off.has(x))
    )
      return;
    graph.mergeEdge(channel.from, channel.to);
  });
  const scores = graph.order > 2 ? betweennessCentrality(graph, { getEdgeWeight: null }) : {};
  const rows = [...model.parties.keys()].map((party) => ({ party, betweenness: scores[party] ?? 0 }));
  return rows.sort(
    (a, b) => b.betweenness - a.betweenness || (a.party < b.party ? -1 : a.party > b.party ? 1 : 0),
  );
}
