// The order of the reachability matrix's parties: by name, by region (groups labelled, organisations last) or by
// degree on the date (partners with an agreement in force, most first).
import type { MatrixGroup } from "../../export/pure/panels";
import { type Day, type Model, OPERATIVE, pairsOf, statusOn } from "../../model";
import type { MatrixSort } from "../../state";
import { partyOptions } from "../labels";
import { regionOf } from "./regions";

export interface MatrixOrder {
  order: string[];
  groups: MatrixGroup[];
  /** How the order reads in a caption: "sorted by region". */
  words: string;
}

const ORGANISATIONS = "Organisations";
const ELSEWHERE = "Other parties";

/** Each party's number of partners under agreements in force on `at`, without what the scenario switches off. */
export function degrees(model: Model, at: Day, disabled: readonly string[]): Map<string, number> {
  const off = new Set(disabled);
  const partners = new Map<string, Set<string>>();
  for (const agreement of model.dataset.agreements) {
    if (off.has(agreement.id)) continue;
    for (const [a, b] of pairsOf(agreement)) {
      if (off.has(a) || off.has(b) || !OPERATIVE.has(statusOn(agreement, at, [a, b]).status)) continue;
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const) {
        const set = partners.get(x) ?? new Set<string>();
        set.add(y);
        partners.set(x, set);
      }
    }
  }
  return new Map([...model.parties.keys()].map((id) => [id, partners.get(id)?.size ?? 0]));
}

/** Consecutive runs of equal labels as groups. */
function runs(labels: readonly string[]): MatrixGroup[] {
  const groups: MatrixGroup[] = [];
  labels.forEach((label, i) => {
    const last = groups[groups.length - 1];
    if (last && last.label === label) last.count++;
    else groups.push({ label, start: i, count: 1 });
  });
  return groups;
}

/** The parties of `parties` (ids of `model`) in the order `sort` asks for; ties and names go by name. */
export function matrixOrder(
  model: Model,
  parties: readonly string[],
  sort: MatrixSort,
  at: Day,
  disabled: readonly string[],
): MatrixOrder {
  const wanted = new Set(parties);
  const byName = partyOptions(model)
    .map((p) => p.id)
    .filter((id) => wanted.has(id));
  if (sort === "name") return { order: byName, groups: [], words: "sorted by name" };
  if (sort === "degree") {
    const degree = degrees(model, at, disabled);
    const order = [...byName].sort((a, b) => degree.get(b)! - degree.get(a)!);
    return { order, groups: [], words: `sorted by degree on ${at} (partners with an agreement in force)` };
  }
  const regionLabel = (id: string) =>
    regionOf(id) ?? (model.parties.get(id)?.kind === "organisation" ? ORGANISATIONS : ELSEWHERE);
  const rank = (label: string) => (label === ORGANISATIONS ? 2 : label === ELSEWHERE ? 1 : 0);
  const order = [...byName].sort((a, b) => {
    const x = regionLabel(a);
    const y = regionLabel(b);
    return rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0);
  });
  return { order, groups: runs(order.map(regionLabel)), words: "sorted by region" };
}
