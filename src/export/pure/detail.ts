// How much of the network a picture draws one by one, the explorer's graph and its exported image alike: every
// agreement on a dataset the size of the built-in one, or the network as one faint line per pair of parties at the
// size of the world's network.
import { type Model, pairsOf } from "../../model";

/**
 * `full`: one line per agreement and pair, each styled by the answer. `network`: one faint line per pair of parties
 * for all their agreements together, a backdrop no answer restyles, with the answer drawn on top.
 */
export type GraphDetail = "full" | "network";

/** Above this many agreement lines (or parties) the network is drawn as its backdrop: past it, drawing and restyling
 * every agreement costs the explorer more than a frame, and parallel lines are noise. The built-in dataset has about
 * 140. */
export const NETWORK_EDGES = 1_000;
export const NETWORK_PARTIES = 300;

const edgeCounts = new WeakMap<Model, number>();

/** The number of (agreement, pair of parties) lines of a model, counted once per model. */
function edgeCount(model: Model): number {
  let count = edgeCounts.get(model);
  if (count === undefined) {
    count = 0;
    for (const agreement of model.dataset.agreements)
      for (const [a, b] of pairsOf(agreement)) if (model.parties.has(a) && model.parties.has(b)) count++;
    edgeCounts.set(model, count);
  }
  return count;
}

/** The level of detail for a model, by its size. An empty model draws in full. */
export function graphDetail(model: Model): GraphDetail {
  return edgeCount(model) > NETWORK_EDGES || model.dataset.parties.length > NETWORK_PARTIES
    ? "network"
    : "full";
}
