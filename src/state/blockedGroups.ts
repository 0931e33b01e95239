// Blocked candidates grouped by shape and reasons, so that a hundred near-identical relays read as one line
// ("127 three-hop relays through SIGINT Seniors Europe or UKUSA: not in force, third-party rule") and the graph can
// draw one group at a time.
import type { ReasonCode, Route, RouteAnswer } from "../routing";

export interface BlockedGroup {
  /** Stable across dates while the group's shape and reasons are the same: `hops:code+code`, codes sorted. */
  id: string;
  /** Hops of every route in the group. */
  hops: number;
  /** The reason codes every route in the group has, sorted. */
  reasons: ReasonCode[];
  /** The agreements the group's routes run over, the most used first (ties by id), each with how many use it. */
  agreements: { id: string; name: string; routes: number }[];
  /** The group's routes, in the answer's order. */
  routes: Route[];
}

/** The id of the group a blocked route belongs to. */
export function blockedGroupId(route: Pick<Route, "hops" | "reasons">): string {
  const codes = [...new Set(route.reasons.map((r) => r.code))].sort();
  return `${route.hops.length}:${codes.join("+")}`;
}

/**
 * The blocked routes grouped by number of hops and set of reason codes: fewer hops first, then larger groups, then
 * by id. Each group lists its agreements by use. An empty list gives no groups.
 */
export function blockedGroups(blocked: readonly Route[]): BlockedGroup[] {
  const groups = new Map<string, BlockedGroup>();
  const uses = new Map<string, Map<string, { name: string; routes: number }>>();
  for (const route of blocked) {
    const id = blockedGroupId(route);
    let group = groups.get(id);
    if (!group) {
      const reasons = [...new Set(route.reasons.map((r) => r.code))].sort();
      group = { id, hops: route.hops.length, reasons, agreements: [], routes: [] };
      groups.set(id, group);
      uses.set(id, new Map());
    }
    group.routes.push(route);
    const count = uses.get(id)!;
    for (const hop of route.hops) {
      if (route.hops.find((h) => h.agreement === hop.agreement) !== hop) continue;
      const seen = count.get(hop.agreement) ?? { name: hop.agreementName, routes: 0 };
      seen.routes++;
      count.set(hop.agreement, seen);
    }
  }
  for (const group of groups.values()) {
    group.agreements = [...uses.get(group.id)!]
      .map(([id, { name, routes }]) => ({ id, name, routes }))
      .sort((a, b) => b.routes - a.routes || (a.id < b.id ? -1 : 1));
  }
  return [...groups.values()].sort(
    (a, b) => a.hops - b.hops || b.routes.length - a.routes.length || (a.id < b.id ? -1 : 1),
  );
}

/**
 * The blocked routes of the group in focus (`focus` as in ExplorerState.blockedFocus): what the graph draws of the
 * blocked candidates. None without an answer, without a focus, or when no blocked route is in that group.
 */
export function blockedInFocus(answer: RouteAnswer | null, focus: string | null): Route[] {
  if (!answer || focus === null) return [];
  return answer.blocked.filter((route) => blockedGroupId(route) === focus);
}
