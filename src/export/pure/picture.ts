// What an exported image shows, decided from data alone (the model, the answer, the selection, the parties the
// layout placed): which parties and lines, each in which role, and which routes are numbered. Geometry comes later.
import { type FocusInput, nodeLabel } from "../../geo";
import { type AgreementKind, type Day, type Model, OPERATIVE, pairsOf, statusOn } from "../../model";
import { type Route, type RouteAnswer, type RouteKey, routeKey } from "../../routing";
import { type GraphDetail, graphDetail } from "./detail";
import { BLOCKED_ROLES, type LegalNature, type LineRole, type NodeRole } from "./marks";

/** How the permitted routes are drawn: the selected one emphasised and the others lighter, or all alike. */
export type Emphasis = "selected" | "all";

export interface PictureInput {
  model: Model;
  at: Day;
  answer: RouteAnswer | null;
  /** The selected route's key, if any: emphasised when `emphasis` is "selected" (a blocked one is drawn too). */
  selected: RouteKey | null;
  emphasis: Emphasis;
  showBlocked: boolean;
  /** The group of blocked candidates in focus (the one open in the routes panel): when given, these are drawn. */
  blockedFocus?: readonly Route[] | null;
  hideInactive: boolean;
  /** Agreement and party ids switched off by the scenario. */
  disabled: readonly string[];
  /** The parties the layout placed: only they are drawn, with the lines between them. */
  placed: ReadonlySet<string>;
  /** The level of detail; by default the one graphDetail gives for the model's size, as the explorer draws it. */
  detail?: GraphDetail;
}

export interface PictureNode {
  id: string;
  label: string;
  role: NodeRole;
  organisation: boolean;
  /** The hub of a hub-and-spoke agreement that relays on a drawn route. */
  hub: boolean;
}

/** A line between two parties: a route's hop (directed) or the network's (one per pair, whatever the agreements). */
export interface PictureLine {
  from: string;
  to: string;
  role: LineRole;
  kind: AgreementKind;
  nature: LegalNature;
  /** The agreement's id and name (a route's or blocked candidate's hop; the name is written beside a route's). */
  agreement?: { id: string; name: string };
  /** The route this hop belongs to and its number in the answer's list (permitted routes only). */
  routeKey?: RouteKey;
  number?: number;
  /** Where a blocked candidate is blocked: a × on this hop. */
  blocks?: boolean;
}

export interface Picture {
  nodes: PictureNode[];
  /** In drawing order: the network, then blocked candidates, then routes (the selected one last). */
  lines: PictureLine[];
  /** The routes drawn: permitted ones in the answer's order, then the blocked ones shown. */
  routes: Route[];
  /** The selected route when it is blocked and drawn (emphasised in the blocked style), else null. */
  blockedSelection: Route | null;
}

/**
 * The blocked candidates the graph draws, and its exported picture with it: the group in focus when there is one,
 * else all of the answer's when they are shown, else none.
 */
export function blockedShown(
  answer: RouteAnswer | null,
  showBlocked: boolean,
  blockedFocus?: readonly Route[] | null,
): readonly Route[] {
  if (blockedFocus) return blockedFocus;
  return showBlocked && answer ? answer.blocked : [];
}

/**
 * What the picture's map is framed and centred for (the core's FocusInput): the selected route when it is drawn
 * (permitted, or blocked and emphasised) and the blocked candidates drawn (blockedShown). The command line frames
 * its map with it before drawing, and the scene places names with the same focus first.
 */
export function focusOf(input: Omit<PictureInput, "placed" | "disabled" | "detail">): FocusInput {
  const { answer } = input;
  const selected =
    [...(answer?.routes ?? []), ...(answer?.blocked ?? [])].find(
      (r) => input.selected !== null && routeKey(r) === input.selected,
    ) ?? null;
  return {
    model: input.model,
    at: input.at,
    answer,
    selected: selected?.status === "permitted" || input.emphasis === "selected" ? selected : null,
    blocked: blockedShown(answer, input.showBlocked, input.blockedFocus),
    hideInactive: input.hideInactive,
  };
}

/** Network lines by precedence: one line stands for a pair, and in force wins over switched off over not in force. */
const RANK: Readonly<Record<LineRole, number>> = {
  leader: 0,
  "backdrop-inactive": 0,
  inactive: 0,
  disabled: 1,
  backdrop: 2,
  context: 2,
  network: 2,
  blocked: 3,
  "route-light": 4,
  route: 5,
  selected: 6,
  "selected-blocked": 6,
};

/** A network line's role: the backdrop's at network detail, else by the scenario, the date and the query. */
function networkRole(backdrop: boolean, off: boolean, operative: boolean, answered: boolean): LineRole {
  if (backdrop) return operative ? "backdrop" : "backdrop-inactive";
  if (off) return "disabled";
  if (!operative) return "inactive";
  return answered ? "context" : "network";
}

const pairOf = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const channelOf = (line: PictureLine) => `${line.agreement?.id}:${line.from}>${line.to}`;

function hopLines(model: Model, route: Route, role: LineRole, number?: number): PictureLine[] {
  const blocking = new Set(route.reasons.map((r) => r.hop));
  const key = routeKey(route);
  return route.hops.map((hop, i) => {
    const agreement = model.agreements.get(hop.agreement);
    const line: PictureLine = {
      from: hop.from,
      to: hop.to,
      role,
      kind: agreement?.kind ?? "security-agreement",
      nature: agreement?.legalNature ?? "unknown",
      agreement: { id: hop.agreement, name: hop.agreementName || agreement?.name || hop.agreement },
      routeKey: key,
    };
    if (number !== undefined) line.number = number;
    if (BLOCKED_ROLES.has(role) && blocking.has(i)) line.blocks = true;
    return line;
  });
}

/**
 * The picture of an answer (or, without one, of the network on the date). Every permitted route is drawn and
 * numbered by its place in the answer; with `emphasis` "selected" and a selected permitted route, that route
 * stands out and the others are lighter; a selected blocked route stands out in the blocked style, its own lines
 * over the other candidates'. Blocked candidates are drawn only with `showBlocked` (or when selected), each channel
 * once, marked where blocked, never over a permitted route's hop or the selection's. The rest of the network is
 * context, one line per pair: agreements in force, those not in force unless `hideInactive`, and what the scenario
 * switched off; in network detail, as the explorer draws a large network, one faint grey backdrop line a pair,
 * fainter where none of the pair's agreements is in force. Routes through a party that was not placed are left
 * out. An empty model gives an empty picture.
 */
export function pictureOf(input: PictureInput): Picture {
  const { model, at, answer, placed } = input;
  const drawn = (route: Route) => route.parties.every((p) => placed.has(p));
  const permitted = (answer?.routes ?? []).filter(drawn);
  const selectedRoute = [...(answer?.routes ?? []), ...(answer?.blocked ?? [])].find(
    (r) => input.selected !== null && routeKey(r) === input.selected,
  );
  const emphasise = input.emphasis === "selected" && selectedRoute?.status === "permitted";
  const shownBlocked = new Set(blockedShown(answer, input.showBlocked, input.blockedFocus));
  const blocked = (answer?.blocked ?? []).filter(
    (r) => drawn(r) && (shownBlocked.has(r) || (r === selectedRoute && input.emphasis === "selected")),
  );
  const backdrop = (input.detail ?? graphDetail(model)) === "network";
  const blockedSelection =
    selectedRoute && input.emphasis === "selected" && blocked.includes(selectedRoute) ? selectedRoute : null;

  // The first routes are drawn last, on top; the selected one above them all.
  const routeLines: PictureLine[] = [];
  const selectedLines: PictureLine[] = [];
  for (const route of [...permitted].reverse()) {
    const isSelected = emphasise && route === selectedRoute;
    const role: LineRole = !emphasise ? "route" : isSelected ? "selected" : "route-light";
    const number = answer!.routes.indexOf(route) + 1;
    (isSelected ? selectedLines : routeLines).push(...hopLines(model, route, role, number));
  }
  // A blocked selection keeps its own lines, so it stands out from the candidates drawn with it.
  if (blockedSelection) selectedLines.push(...hopLines(model, blockedSelection, "selected-blocked"));
  const routeChannels = new Set([...routeLines, ...selectedLines].map(channelOf));
  const blockedLines = new Map<string, PictureLine>();
  for (const route of blocked) {
    if (route === blockedSelection) continue;
    for (const line of hopLines(model, route, "blocked")) {
      const channel = channelOf(line);
      if (routeChannels.has(channel)) continue;
      const seen = blockedLines.get(channel);
      // Drawn once for every candidate through it, so it belongs to no one route.
      const { routeKey: _route, ...unowned } = line;
      if (seen) seen.blocks ||= line.blocks;
      else blockedLines.set(channel, unowned);
    }
  }

  const disabled = new Set(input.disabled);
  const hopPairs = new Set(
    [...routeLines, ...selectedLines, ...blockedLines.values()].map((l) => pairOf(l.from, l.to)),
  );
  const network = new Map<string, PictureLine>();
  for (const agreement of model.dataset.agreements) {
    for (const [a, b] of pairsOf(agreement)) {
      const pair = pairOf(a, b);
      if (!placed.has(a) || !placed.has(b) || hopPairs.has(pair)) continue;
      const operative = OPERATIVE.has(statusOn(agreement, at, [a, b]).status);
      if (!operative && input.hideInactive) continue;
      const off = disabled.has(agreement.id) || disabled.has(a) || disabled.has(b);
      const role = networkRole(backdrop, off, operative, answer !== null);
      const seen = network.get(pair);
      if (!seen || RANK[role] > RANK[seen.role])
        network.set(pair, { from: a, to: b, role, kind: agreement.kind, nature: agreement.legalNature });
    }
  }

  const ends = new Set(answer ? [answer.query.from, answer.query.to] : []);
  const shown = selectedRoute && blocked.includes(selectedRoute) ? [...permitted, selectedRoute] : permitted;
  const relays = new Set(shown.flatMap((r) => r.intermediaries));
  const hubs = new Set<string>();
  // A hub relays only on a permitted route: a blocked selection passes through it without one.
  for (const line of [...routeLines, ...selectedLines].filter((l) => l.role !== "selected-blocked")) {
    const agreement = model.agreements.get(line.agreement!.id);
    if (agreement?.shape === "hub-and-spoke" && agreement.hub && relays.has(agreement.hub))
      hubs.add(agreement.hub);
  }
  const roleOf = (id: string): NodeRole =>
    disabled.has(id) ? "disabled" : ends.has(id) ? "endpoint" : relays.has(id) ? "relay" : "party";
  const nodes = model.dataset.parties
    .filter((p) => placed.has(p.id))
    .map(
      (party): PictureNode => ({
        id: party.id,
        label: nodeLabel(party),
        role: roleOf(party.id),
        organisation: party.kind === "organisation",
        hub: hubs.has(party.id),
      }),
    );
  return {
    nodes,
    lines: [
      ...[...network.values()].sort((x, y) => RANK[x.role] - RANK[y.role]),
      ...blockedLines.values(),
      ...routeLines,
      ...selectedLines,
    ],
    routes: [...permitted, ...blocked],
    blockedSelection,
  };
}
