// The model: a loaded dataset with its indexes and the graphology multigraph of parties and channels.
import { MultiDirectedGraph } from "graphology";
import { type Channel, channelKey, channelsOf } from "./channels.ts";
import { compareDays } from "./dates.ts";
import type { Agreement, Dataset, Incident, Party, Policy, Source, Topic } from "./schema.ts";

export interface PartyAttributes {
  party: Party;
}
export interface ChannelAttributes extends Channel {
  key: string;
}
export type ChannelGraph = MultiDirectedGraph<PartyAttributes, ChannelAttributes>;

export interface Model {
  dataset: Dataset;
  graph: ChannelGraph;
  parties: ReadonlyMap<string, Party>;
  agreements: ReadonlyMap<string, Agreement>;
  topics: ReadonlyMap<string, Topic>;
  sources: ReadonlyMap<string, Source>;
  /** Policies by sender id. */
  policiesBySender: ReadonlyMap<string, readonly Policy[]>;
  incidents: readonly Incident[];
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}

/**
 * Build the model of a dataset that `loadDataset` accepted. Parties are nodes; each channel is an edge keyed
 * `agreement:from->to`, so parallel agreements between one pair are distinct edges.
 */
export function buildModel(dataset: Dataset): Model {
  const graph: ChannelGraph = new MultiDirectedGraph();
  for (const party of dataset.parties) graph.addNode(party.id, { party });
  for (const agreement of dataset.agreements) {
    for (const channel of channelsOf(agreement)) {
      const key = channelKey(channel);
      graph.addDirectedEdgeWithKey(key, channel.from, channel.to, { ...channel, key });
    }
  }
  const policiesBySender = new Map<string, Policy[]>();
  for (const policy of dataset.policies) {
    const list = policiesBySender.get(policy.party) ?? [];
    list.push(policy);
    policiesBySender.set(policy.party, list);
  }
  return {
    dataset,
    graph,
    parties: byId(dataset.parties),
    agreements: byId(dataset.agreements),
    topics: byId(dataset.topics),
    sources: byId(dataset.sources),
    policiesBySender,
    incidents: [...dataset.incidents].sort((a, b) => compareDays(a.date, b.date)),
  };
}
