// The one pure function that turns the model, the route answer, the selection and the date into the graph's
// element definitions; the Cytoscape adapter only applies them, so this is where every drawing decision is made.

import { blockedShown, type GraphDetail, graphDetail } from "../../export/pure";
import { nodeLabel } from "../../geo";
import {
  type AgreementKind,
  type AgreementStatus,
  channelKey,
  type Day,
  type Model,
  type Party,
  pairKey,
  statusOn,
} from "../../model";
import type { Route, RouteAnswer } from "../../routing/types";
import type { Selection } from "../../state";
import { type Drawing, edgeClasses, fullEdges, hubOf, networkEdges } from "./agreementEdges";
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
  /**
   * The blocked candidates in focus (a group the routes panel picked): when given, exactly these are drawn, whatever
   * `showBlocked` says; otherwise all of the answer's blocked candidates are drawn with `showBlocked`, and none without.
   */
  blockedFocus?: readonly Route[] | null;
  /** The level of detail; by default the one graphDetail gives for the model's size. */
  detail?: GraphDetail;
  /** False leaves the network's backdrop edges out (a first render that draws them a task later); by default in. */
  backdrop?: boolean;
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
  /** On a network edge (one per pair of parties), how many agreements it stands for. */
  count?: number;
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

/**
 * The elements to draw: one node per party of the model, and edges by the level of detail. In `full` detail, one
 * edge per (agreement, unordered pair of parties); in `network` detail, one faint edge per pair of parties standing
 * for all their agreements (its classes never depend on the answer, so a query restyles only what it brings
 * forward), with the answer's edges, the selected agreement's and the blocked candidates drawn on top. In both, each
 * hop of `selectedRoute` is a directed edge (in full detail in place of its pair's edge). Edges carry classes for the
 * agreement kind, `operative`/`inactive` on `at` (inactive edges are left out with `hideInactive`, unless a
 * highlighted route or a drawn blocked candidate runs over them), `non-binding`, `hub-spoke`, `on-route`,
 * `blocked-route`, `blocked-hop`, `selected`, `dimmed`, `disabled` and `network`; nodes carry `state`/
 * `organisation`, `hub`, `origin`, `destination`, `on-route`, `selected`, `dimmed` and `disabled`. With an answer
 * and no route selected, what lies on a permitted route is `in-answer` and (in full detail) the rest `context`. An
 * empty model gives no elements; route hops or agreements naming parties the model lacks are left out rather than
 * drawn dangling.
 */
export function toElements(input: ElementsInput): GraphElement[] {
  const { model, answer, selectedRoute, selection } = input;
  const detail = input.detail ?? graphDetail(model);
  const routeActive = selectedRoute !== null && selectedRoute.hops.length > 0;
  const answerOnly = answer !== null && !routeActive;
  const drawing: Drawing = {
    input,
    disabled: new Set(input.disabled),
    routeActive,
    answerOnly,
    answerHops: answerOnly ? answer.routes.flatMap((r) => r.hops) : [],
    blocked: blockedShown(input.answer, input.showBlocked, input.blockedFocus),
    routeHops: routeActive ? selectedRoute.hops : [],
    hubs: new Set(),
    blockedParties: new Set(),
  };
  const edges = detail === "network" ? networkEdges(drawing) : fullEdges(drawing);
  if (routeActive) edges.push(...routeHopEdges(drawing, selectedRoute));

  const routeParties = new Set(routeActive ? selectedRoute.parties : []);
  const answerParties = new Set<string>(answer ? [answer.query.from, answer.query.to] : []);
  for (const hop of drawing.answerHops) answerParties.add(hop.from).add(hop.to);
  // In network detail the parties off the answer keep their look, so a query restyles only the few it names.
  const recede = detail === "full";
  const nodes: NodeElement[] = model.dataset.parties.map((party) => {
    const classes: string[] = [party.kind];
    if (drawing.hubs.has(party.id)) classes.push(CLASSES.hub);
    if (answer?.query.from === party.id) classes.push(CLASSES.origin);
    if (answer?.query.to === party.id) classes.push(CLASSES.destination);
    if (routeParties.has(party.id)) classes.push(CLASSES.onRoute);
    else if (answerOnly && answerParties.has(party.id)) classes.push(CLASSES.inAnswer);
    else if (recede && !drawing.blockedParties.has(party.id)) {
      if (routeActive) classes.push(CLASSES.dimmed);
      else if (answerOnly) classes.push(CLASSES.context);
    }
    if (selection?.type === "party" && selection.id === party.id) classes.push(CLASSES.selected);
    if (drawing.disabled.has(party.id)) classes.push(CLASSES.disabled);
    if (!recede) classes.push(CLASSES.network);
    return {
      group: "nodes",
      data: { id: party.id, party: party.id, label: nodeLabel(party), name: party.name, kind: party.kind },
      classes,
    };
  });

  return [...nodes, ...edges];
}

/** The selected route's hops as directed edges, each marked with the reasons that block it. */
function routeHopEdges(drawing: Drawing, route: Route): EdgeElement[] {
  const { model, at } = drawing.input;
  const blockedHops = new Set(route.reasons.map((r) => r.hop));
  return route.hops.flatMap((hop, i): EdgeElement[] => {
    const agreement = model.agreements.get(hop.agreement);
    if (!agreement || !model.parties.has(hop.from) || !model.parties.has(hop.to)) return [];
    const status = statusOn(agreement, at, [hop.from, hop.to]).status;
    const classes = [...edgeClasses(drawing, agreement, status, hop.from, hop.to), CLASSES.onRoute];
    const hub = hubOf(agreement, hop.from, hop.to);
    if (hub) {
      classes.push(CLASSES.hubSpoke, hub === hop.to ? CLASSES.hubAtTarget : CLASSES.hubAtSource);
      drawing.hubs.add(hub);
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
    if (route.status === "blocked") classes.push(CLASSES.blockedRoute);
    if (blockedHops.has(i)) {
      classes.push(CLASSES.blockedHop);
      data.reasons = route.reasons
        .filter((r) => r.hop === i)
        .map((r) => r.message)
        .join("\n");
    }
    return [{ group: "edges", data, classes }];
  });
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
