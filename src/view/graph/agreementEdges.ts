// The agreement edges toElements draws at each level of detail: every agreement and pair on its own (full), or one
// backdrop edge per pair of parties with only what the answer and the selection bring forward on top (network).
import { type Agreement, type AgreementStatus, OPERATIVE, pairKey } from "../../model";
import type { Hop, Route } from "../../routing/types";
import { backdropEdges } from "./backdropEdges";
import { CLASSES } from "./classes";
import { modelPairs, pairStatuses } from "./detail";
import type { AgreementEdgeData, EdgeElement, ElementsInput } from "./elements";

/** What toElements has worked out before drawing edges, and what drawing them tells it back (hubs, parties). */
export interface Drawing {
  input: ElementsInput;
  disabled: ReadonlySet<string>;
  routeActive: boolean;
  /** An answer is shown and no route is selected. */
  answerOnly: boolean;
  /** The hops of the answer's permitted routes (with answerOnly), to bring forward. */
  answerHops: readonly Hop[];
  /** The blocked candidates to draw. */
  blocked: readonly Route[];
  /** The selected route's hops, drawn by toElements itself. */
  routeHops: readonly Hop[];
  /** Filled in: hubs of the hub-and-spoke edges drawn, and the parties of drawn blocked candidates. */
  hubs: Set<string>;
  blockedParties: Set<string>;
}

/** The hub of a hub-and-spoke agreement, when one of `a` and `b` is it. */
export function hubOf(agreement: Agreement, a: string, b: string): string | undefined {
  if (agreement.shape !== "hub-and-spoke" || !agreement.hub) return undefined;
  return a === agreement.hub || b === agreement.hub ? agreement.hub : undefined;
}

/** The classes every agreement edge carries: kind, status, legal nature, scenario and selection. */
export function edgeClasses(
  drawing: Drawing,
  agreement: Agreement,
  status: AgreementStatus,
  from: string,
  to: string,
): string[] {
  const { disabled, input } = drawing;
  const classes: string[] = [agreement.kind, OPERATIVE.has(status) ? CLASSES.operative : CLASSES.inactive];
  if (agreement.legalNature === "non-binding") classes.push(CLASSES.nonBinding);
  if (disabled.has(agreement.id) || disabled.has(from) || disabled.has(to)) classes.push(CLASSES.disabled);
  if (input.selection?.type === "agreement" && input.selection.id === agreement.id)
    classes.push(CLASSES.selected);
  return classes;
}

/** Reason messages per undirected edge id, over the blocked hops of the given routes. */
function blockedHops(routes: readonly Route[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const route of routes) {
    for (const reason of route.reasons) {
      const hop = route.hops[reason.hop];
      if (!hop) continue;
      const id = pairKey(hop.agreement, hop.from, hop.to);
      out.set(id, (out.get(id) ?? new Set()).add(reason.message));
    }
  }
  return out;
}

/** One agreement's undirected edge between `a` and `b`; hub-and-spoke edges run spoke → hub. */
function agreementEdge(
  drawing: Drawing,
  agreement: Agreement,
  a: string,
  b: string,
  status: AgreementStatus,
  why: ReadonlySet<string> | undefined,
): EdgeElement {
  const hub = hubOf(agreement, a, b);
  const [source, target] = hub === a ? [b, a] : [a, b];
  const classes = edgeClasses(drawing, agreement, status, source, target);
  if (hub) {
    classes.push(CLASSES.hubSpoke, CLASSES.hubAtTarget);
    drawing.hubs.add(hub);
  }
  const data: AgreementEdgeData = {
    id: pairKey(agreement.id, a, b),
    source,
    target,
    agreement: agreement.id,
    label: agreement.name,
    kind: agreement.kind,
    status,
    directed: false,
  };
  if (hub) data.hub = hub;
  if (why) {
    classes.push(CLASSES.blockedRoute);
    data.reasons = [...why].join("\n");
    drawing.blockedParties.add(a).add(b);
  }
  return { group: "edges", data, classes };
}

const routePairs = (hops: readonly Hop[]) => new Set(hops.map((h) => pairKey(h.agreement, h.from, h.to)));

/** Full detail: one edge per agreement and pair, set back or brought forward by the answer and the route. */
export function fullEdges(drawing: Drawing): EdgeElement[] {
  const { model, at, hideInactive } = drawing.input;
  const onRoute = routePairs(drawing.routeHops);
  const inAnswer = routePairs(drawing.answerHops);
  const blocked = blockedHops(drawing.blocked);
  const edges: EdgeElement[] = [];
  for (const agreement of model.dataset.agreements) {
    const pairs = modelPairs(model, agreement);
    const statuses = pairStatuses(agreement, at, pairs);
    pairs.forEach(([a, b], i) => {
      const id = pairKey(agreement.id, a, b);
      if (onRoute.has(id)) return;
      const status = statuses[i]!;
      const why = blocked.get(id);
      if (hideInactive && !OPERATIVE.has(status) && !why) return;
      const edge = agreementEdge(drawing, agreement, a, b, status, why);
      if (!why) {
        if (drawing.routeActive) edge.classes.push(CLASSES.dimmed);
        else if (drawing.answerOnly) edge.classes.push(inAnswer.has(id) ? CLASSES.inAnswer : CLASSES.context);
      }
      edges.push(edge);
    });
  }
  return edges;
}

/**
 * Network detail: one backdrop edge per pair of parties (`network`, taking its kind and status from the pair's
 * leading agreement, with the count), whose classes depend only on the date and the scenario; then, on top, one
 * edge per agreement and pair for what the answer's permitted routes use, the selected agreement and the blocked
 * candidates drawn.
 */
export function networkEdges(drawing: Drawing): EdgeElement[] {
  const { model, at, hideInactive, selection } = drawing.input;
  const edges =
    drawing.input.backdrop === false ? [] : [...backdropEdges(model, at, hideInactive, drawing.disabled)];

  // What the answer, the selection and the blocked candidates bring forward, each agreement's edge once.
  const onRoute = routePairs(drawing.routeHops);
  const inAnswer = routePairs(drawing.answerHops);
  const blocked = blockedHops(drawing.blocked);
  const forward = new Map<string, [Agreement, string, string]>();
  const bring = (agreementId: string, x: string, y: string) => {
    const agreement = model.agreements.get(agreementId);
    const id = pairKey(agreementId, x, y);
    if (!agreement || onRoute.has(id) || !model.parties.has(x) || !model.parties.has(y)) return;
    forward.set(id, [agreement, x < y ? x : y, x < y ? y : x]);
  };
  for (const hop of drawing.answerHops) bring(hop.agreement, hop.from, hop.to);
  for (const route of drawing.blocked)
    for (const r of route.reasons) {
      const hop = route.hops[r.hop];
      if (hop) bring(hop.agreement, hop.from, hop.to);
    }
  const chosen = selection?.type === "agreement" ? model.agreements.get(selection.id) : undefined;
  if (chosen) for (const [a, b] of modelPairs(model, chosen)) bring(chosen.id, a, b);
  for (const [id, [agreement, a, b]] of forward) {
    const status = pairStatuses(agreement, at, [[a, b]])[0]!;
    const edge = agreementEdge(drawing, agreement, a, b, status, blocked.get(id));
    if (inAnswer.has(id)) edge.classes.push(CLASSES.inAnswer);
    edges.push(edge);
  }
  return edges;
}
