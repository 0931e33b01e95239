// The one pure function that turns the model, the route answer, the selection and the date into the graph's
// element definitions; the Cytoscape adapter only applies them, so this is where every drawing decision is made.

import { countryOf } from "../../geo";
import {
  type Agreement,
  type AgreementKind,
  type AgreementStatus,
  channelKey,
  type Day,
  type Model,
  OPERATIVE,
  type Party,
  pairKey,
  pairsOf,
  statusOn,
} from "../../model";
import type { Route, RouteAnswer } from "../../routing/types";
import type { Selection } from "../../state";
import { CLASSES } from "./classes";

export interface ElementsInput {
  model: Model;
  at: Day;
  answer: RouteAnswer | null;
  selectedRoute: Route | null;
  selection: Selection;
  /** Agreement and party ids switched off by the scenario. */
  disabled: readonly string[];
  hideInactive: boolean;
  showBlocked: boolean;
}

export interface PartyNodeData {
  id: string;
  party: string;
  label: string;
  /** Full name, for tooltips and the accessible description. */
  name: string;
  kind: Party["kind"];
}

export interface AgreementEdgeData {
  id: string;
  source: string;
  target: string;
  agreement: string;
  /** The agreement's common name, shown on highlighted edges. */
  label: string;
  kind: AgreementKind;
  status: AgreementStatus;
  /** True for a hop of the selected route, drawn from sender to receiver. */
  directed: boolean;
  /** The hub of a hub-and-spoke agreement, when one end of this edge is it. */
  hub?: string;
  /** Why the route is blocked on this edge (blocked candidates and blocked hops only). */
  reasons?: string;
}

export interface NodeElement {
  group: "nodes";
  data: PartyNodeData;
  classes: string[];
}
export interface EdgeElement {
  group: "edges";
  data: AgreementEdgeData;
  classes: string[];
}
export type GraphElement = NodeElement | EdgeElement;

/** A node's label: a state's short country name ("South Korea"), an organisation's short name or acronym id. */
export function nodeLabel(party: Party): string {
  if (party.kind === "state") return countryOf(party.id)?.name ?? party.shortName ?? party.name;
  return party.shortName ?? party.id;
}

function hubOf(agreement: Agreement, a: string, b: string): string | undefined {
  if (agreement.shape !== "hub-and-spoke" || !agreement.hub) return undefined;
  return a === agreement.hub || b === agreement.hub ? agreement.hub : undefined;
}

/** Reason messages per edge id, over the blocked hops of the given routes. */
function blockedHops(
  routes: readonly Route[],
): Map<string, { agreement: string; from: string; to: string; why: Set<string> }> {
  const out = new Map<string, { agreement: string; from: string; to: string; why: Set<string> }>();
  for (const route of routes) {
    for (const reason of route.reasons) {
      const hop = route.hops[reason.hop];
      if (!hop) continue;
      const id = pairKey(hop.agreement, hop.from, hop.to);
      const entry = out.get(id) ?? {
        agreement: hop.agreement,
        from: hop.from,
        to: hop.to,
        why: new Set<string>(),
      };
      entry.why.add(reason.message);
      out.set(id, entry);
    }
  }
  return out;
}

/**
 * The elements to draw: one node per party of the model, one edge per (agreement, unordered pair of parties), and
 * each hop of `selectedRoute` as a directed edge in place of its pair's edge. Edges carry classes for the agreement
 * kind, `operative`/`inactive` on `at` (inactive edges are left out with `hideInactive`, unless a highlighted route
 * or a shown blocked candidate runs over them), `non-binding`, `hub-spoke`, `on-route`, `blocked-route`,
 * `blocked-hop`, `selected`, `dimmed` and `disabled`; nodes carry `state`/`organisation`, `hub`, `origin`,
 * `destination`, `on-route`, `selected`, `dimmed` and `disabled`. With an answer but no selected route, what lies
 * on a permitted route is `in-answer` and the rest `context`. An empty model gives no elements; route hops or
 * agreements naming parties the model lacks are left out rather than drawn dangling.
 */
export function toElements(input: ElementsInput): GraphElement[] {
  const { model, at, answer, selectedRoute, selection, hideInactive, showBlocked } = input;
  const disabled = new Set(input.disabled);
  const routeActive = selectedRoute !== null && selectedRoute.hops.length > 0;
  const routeParties = new Set(routeActive ? selectedRoute.parties : []);
  const blocked = showBlocked && answer ? blockedHops(answer.blocked) : new Map();
  const routeBlockedHops = new Set(selectedRoute?.reasons.map((r) => r.hop) ?? []);

  const edges: EdgeElement[] = [];
  const hubs = new Set<string>();
  const blockedParties = new Set<string>();
  const hopByPair = new Map<string, number>();
  // With an answer but no route picked, the permitted routes stand out and the rest of the network recedes.
  const answerOnly = answer !== null && !routeActive;
  const answerPairs = new Set<string>();
  const answerParties = new Set<string>(answer ? [answer.query.from, answer.query.to] : []);
  if (answerOnly) {
    for (const r of answer.routes) {
      for (const hop of r.hops) answerPairs.add(pairKey(hop.agreement, hop.from, hop.to));
      for (const p of r.parties) answerParties.add(p);
    }
  }
  if (routeActive) {
    selectedRoute.hops.forEach((hop, i) => {
      hopByPair.set(pairKey(hop.agreement, hop.from, hop.to), i);
    });
  }

  const edgeClasses = (agreement: Agreement, status: AgreementStatus, from: string, to: string): string[] => {
    const classes: string[] = [agreement.kind, OPERATIVE.has(status) ? CLASSES.operative : CLASSES.inactive];
    if (agreement.legalNature === "non-binding") classes.push(CLASSES.nonBinding);
    if (disabled.has(agreement.id) || disabled.has(from) || disabled.has(to)) classes.push(CLASSES.disabled);
    if (selection?.type === "agreement" && selection.id === agreement.id) classes.push(CLASSES.selected);
    return classes;
  };

  for (const agreement of model.dataset.agreements) {
    for (const [a, b] of pairsOf(agreement)) {
      if (!model.parties.has(a) || !model.parties.has(b)) continue;
      const id = pairKey(agreement.id, a, b);
      if (hopByPair.has(id)) continue;
      const status = statusOn(agreement, at, [a, b]).status;
      const block = blocked.get(id);
      if (hideInactive && !OPERATIVE.has(status) && !block) continue;
      const hub = hubOf(agreement, a, b);
      // Hub-and-spoke edges run spoke → hub so the hub marker sits at the target end.
      const [source, target] = hub === a ? [b, a] : [a, b];
      const classes = edgeClasses(agreement, status, source, target);
      if (hub) {
        classes.push(CLASSES.hubSpoke, CLASSES.hubAtTarget);
        hubs.add(hub);
      }
      const data: AgreementEdgeData = {
        id,
        source,
        target,
        agreement: agreement.id,
        label: agreement.name,
        kind: agreement.kind,
        status,
        directed: false,
      };
      if (hub) data.hub = hub;
      if (block) {
        classes.push(CLASSES.blockedRoute);
        data.reasons = [...block.why].join("\n");
        blockedParties.add(a).add(b);
      } else if (routeActive) {
        classes.push(CLASSES.dimmed);
      } else if (answerOnly) {
        classes.push(answerPairs.has(id) ? CLASSES.inAnswer : CLASSES.context);
      }
      edges.push({ group: "edges", data, classes });
    }
  }

  if (routeActive) {
    selectedRoute.hops.forEach((hop, i) => {
      const agreement = model.agreements.get(hop.agreement);
      if (!agreement || !model.parties.has(hop.from) || !model.parties.has(hop.to)) return;
      const status = statusOn(agreement, at, [hop.from, hop.to]).status;
      const classes = [...edgeClasses(agreement, status, hop.from, hop.to), CLASSES.onRoute];
      const hub = hubOf(agreement, hop.from, hop.to);
      if (hub) {
        classes.push(CLASSES.hubSpoke, hub === hop.to ? CLASSES.hubAtTarget : CLASSES.hubAtSource);
        hubs.add(hub);
      }
      const data: AgreementEdgeData = {
        id: channelKey(hop),
        source: hop.from,
        target: hop.to,
        agreement: hop.agreement,
        label: hop.agreementName || agreement.name,
        kind: agreement.kind,
        status,
        directed: true,
      };
      if (hub) data.hub = hub;
      if (selectedRoute.status === "blocked") classes.push(CLASSES.blockedRoute);
      if (routeBlockedHops.has(i)) {
        classes.push(CLASSES.blockedHop);
        data.reasons = selectedRoute.reasons
          .filter((r) => r.hop === i)
          .map((r) => r.message)
          .join("\n");
      }
      edges.push({ group: "edges", data, classes });
    });
  }

  const nodes: NodeElement[] = model.dataset.parties.map((party) => {
    const classes: string[] = [party.kind];
    if (hubs.has(party.id)) classes.push(CLASSES.hub);
    if (answer?.query.from === party.id) classes.push(CLASSES.origin);
    if (answer?.query.to === party.id) classes.push(CLASSES.destination);
    if (routeParties.has(party.id)) classes.push(CLASSES.onRoute);
    else if (answerOnly && answerParties.has(party.id)) classes.push(CLASSES.inAnswer);
    else if (!blockedParties.has(party.id)) {
      if (routeActive) classes.push(CLASSES.dimmed);
      else if (answerOnly) classes.push(CLASSES.context);
    }
    if (selection?.type === "party" && selection.id === party.id) classes.push(CLASSES.selected);
    if (disabled.has(party.id)) classes.push(CLASSES.disabled);
    return {
      group: "nodes",
      data: { id: party.id, party: party.id, label: nodeLabel(party), name: party.name, kind: party.kind },
      classes,
    };
  });

  return [...nodes, ...edges];
}

// The analysis panels' comparison overlay, kept apart from toElements: "Compare with date…" marks edges afterwards.

/** How a comparison of two dates marks an agreement edge. */
export type EdgeChange = "gained" | "lost" | "changed";
/** Marks by the edge's pair key (`agreement:a--b`), whatever direction the edge is drawn in. */
export type EdgeChanges = ReadonlyMap<string, EdgeChange>;

/** `elements` with each marked edge given its change's class; the same array when nothing is marked. */
export function withChanges(
  elements: GraphElement[],
  changes: EdgeChanges | null | undefined,
): GraphElement[] {
  if (!changes || changes.size === 0) return elements;
  return elements.map((element) => {
    if (element.group !== "edges") return element;
    const change = changes.get(pairKey(element.data.agreement, element.data.source, element.data.target));
    return change ? { ...element, classes: [...element.classes, CLASSES[change]] } : element;
  });
}
