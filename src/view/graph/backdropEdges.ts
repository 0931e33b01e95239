// The network's backdrop: one edge per pair of parties with an agreement drawn, taking its look from the pair's
// leading agreement. Kept per model: a date or a scenario change builds again only the pairs of the agreements whose
// status changed, and gives back the very same edges (the same objects) for every other pair.
import {
  AGREEMENT_KINDS,
  type Agreement,
  type AgreementStatus,
  type Day,
  type Model,
  OPERATIVE,
} from "../../model";
import { CLASSES } from "./classes";
import { modelPairs, networkEdgeId, pairStatuses } from "./detail";
import type { EdgeElement } from "./elements";

/** Kinds in the order a network edge takes its look from: the most binding kind of its agreements in force. */
const KIND_RANK = new Map(AGREEMENT_KINDS.map((kind, i) => [kind, i]));

function leads(x: Agreement, xStatus: AgreementStatus, y: Agreement, yStatus: AgreementStatus): boolean {
  const [xOn, yOn] = [OPERATIVE.has(xStatus), OPERATIVE.has(yStatus)];
  if (xOn !== yOn) return xOn;
  const rank = (KIND_RANK.get(x.kind) ?? 99) - (KIND_RANK.get(y.kind) ?? 99);
  return rank !== 0 ? rank < 0 : x.id < y.id;
}

/** The model's pairs of parties, each with the agreements that link it; and each agreement's pairs. */
interface PairIndex {
  ids: string[];
  ends: [string, string][];
  /** Per pair: [index of the agreement in the dataset, index of the pair among that agreement's pairs]. */
  members: [number, number][][];
  /** Per agreement (in the dataset's order): the indices of its pairs. */
  ofAgreement: number[][];
}

const indexes = new WeakMap<Model, PairIndex>();

function pairIndex(model: Model): PairIndex {
  let index = indexes.get(model);
  if (index) return index;
  const at = new Map<string, number>();
  const built: PairIndex = { ids: [], ends: [], members: [], ofAgreement: [] };
  model.dataset.agreements.forEach((agreement, ai) => {
    const own: number[] = [];
    modelPairs(model, agreement).forEach(([a, b], k) => {
      const id = networkEdgeId(a, b);
      let p = at.get(id);
      if (p === undefined) {
        p = built.ids.length;
        at.set(id, p);
        built.ids.push(id);
        built.ends.push([a, b]);
        built.members.push([]);
      }
      built.members[p]!.push([ai, k]);
      own.push(p);
    });
    built.ofAgreement.push(own);
  });
  index = built;
  indexes.set(model, index);
  return index;
}

/** One pair's backdrop edge from its agreements' statuses, or null when none of them is drawn. */
function pairEdge(
  model: Model,
  index: PairIndex,
  p: number,
  statuses: readonly (readonly AgreementStatus[])[],
  hideInactive: boolean,
  disabled: ReadonlySet<string>,
): EdgeElement | null {
  const agreements = model.dataset.agreements;
  let count = 0;
  let lead: { agreement: Agreement; status: AgreementStatus } | undefined;
  let allDisabled = true;
  for (const [ai, k] of index.members[p]!) {
    const agreement = agreements[ai]!;
    const status = statuses[ai]![k]!;
    if (hideInactive && !OPERATIVE.has(status)) continue;
    count++;
    allDisabled &&= disabled.has(agreement.id);
    if (!lead || leads(agreement, status, lead.agreement, lead.status)) lead = { agreement, status };
  }
  if (!lead) return null;
  const { agreement: leader, status: leadStatus } = lead;
  const [a, b] = index.ends[p]!;
  const classes: string[] = [
    CLASSES.network,
    leader.kind,
    OPERATIVE.has(leadStatus) ? CLASSES.operative : CLASSES.inactive,
  ];
  if (allDisabled || disabled.has(a) || disabled.has(b)) classes.push(CLASSES.disabled);
  return {
    group: "edges",
    data: {
      id: index.ids[p]!,
      source: a,
      target: b,
      agreement: leader.id,
      label: count > 1 ? `${count} agreements` : leader.name,
      kind: leader.kind,
      status: leadStatus,
      directed: false,
      count,
    },
    classes,
  };
}

/** A model's backdrop built last, and what it was built from. */
interface KeptBackdrop {
  hideInactive: boolean;
  disabled: ReadonlySet<string>;
  /** Each agreement's pair statuses, in the order of the dataset's agreements. */
  statuses: (readonly AgreementStatus[])[];
  /** Each pair's edge, or null when it is not drawn. */
  byPair: (EdgeElement | null)[];
  edges: readonly EdgeElement[];
}
const kept = new WeakMap<Model, KeptBackdrop>();

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** The same statuses, by identity (pairStatuses keeps its array between change days) or else one by one. */
function sameStatuses(a: readonly AgreementStatus[] | undefined, b: readonly AgreementStatus[]): boolean {
  return a === b || (a !== undefined && a.length === b.length && a.every((s, i) => s === b[i]));
}

/** Index the model's pairs of parties and their agreements, once per model: the first backdrop's first half. */
export function indexBackdrop(model: Model): void {
  pairIndex(model);
}

/** Whether the model's backdrop was built already: the next one costs only its changes. */
export function backdropBuilt(model: Model): boolean {
  return kept.has(model);
}

/**
 * The backdrop edges on `at` (those in force only, with `hideInactive`), marked `disabled` where every agreement
 * of the pair, or one of its parties, is switched off. The same array comes back while no agreement's status
 * changes and the scenario stays; after a change, only the pairs of the agreements that changed are built again.
 * An empty model gives no edges.
 */
export function backdropEdges(
  model: Model,
  at: Day,
  hideInactive: boolean,
  disabled: ReadonlySet<string>,
): readonly EdgeElement[] {
  const index = pairIndex(model);
  const statuses = model.dataset.agreements.map((agreement) =>
    pairStatuses(agreement, at, modelPairs(model, agreement)),
  );
  const last = kept.get(model);
  const whole = !last || last.hideInactive !== hideInactive || !sameSet(last.disabled, disabled);
  const changed = new Set<number>();
  if (!whole)
    statuses.forEach((now, ai) => {
      if (!sameStatuses(last.statuses[ai], now)) for (const p of index.ofAgreement[ai]!) changed.add(p);
    });
  if (!whole && changed.size === 0) {
    last.statuses = statuses;
    return last.edges;
  }
  const byPair = whole ? index.ids.map(() => null) : [...last.byPair];
  const rebuild = whole ? index.ids.keys() : changed.values();
  for (const p of rebuild) byPair[p] = pairEdge(model, index, p, statuses, hideInactive, disabled);
  // In the order the agreements first draw each pair.
  const edges: EdgeElement[] = [];
  const emitted = new Uint8Array(byPair.length);
  statuses.forEach((now, ai) => {
    index.ofAgreement[ai]!.forEach((p, k) => {
      const edge = byPair[p];
      if (!edge || emitted[p] || (hideInactive && !OPERATIVE.has(now[k]!))) return;
      emitted[p] = 1;
      edges.push(edge);
    });
  });
  kept.set(model, { hideInactive, disabled: new Set(disabled), statuses, byPair, edges });
  return edges;
}
