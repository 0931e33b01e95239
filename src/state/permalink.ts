// The explorer's permalink: the part of the state the URL carries, and its (de)serialisation with validation.
import { type Day, isIsoDay } from "../model";
import { DEFAULT_ROUTE_OPTIONS, MAX_HOPS, MIN_HOPS } from "../routing";
import { type ExplorerState, LAYOUTS, type Layout, type RouteRequest } from "./explorerState";

/** What the URL carries. `route` is 0-based here and 1-based in the URL, as the routes list numbers them. */
export type Permalink = Pick<
  ExplorerState,
  | "query"
  | "at"
  | "maxHops"
  | "allowConsentRelay"
  | "disabled"
  | "layout"
  | "route"
  | "hideInactive"
  | "showBlocked"
>;

/** The ids a permalink may name; anything else is reported and ignored. */
export interface KnownIds {
  parties: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  agreements: ReadonlySet<string>;
}

export interface ParsedPermalink {
  permalink: Permalink;
  /** Draft fields named without a complete query (e.g. only `from`), for the route finder. */
  draft: Partial<RouteRequest>;
  /** One message per invalid value, saying what was ignored. */
  problems: string[];
}

/** The permalink part of an explorer state. */
export function toPermalink(state: ExplorerState): Permalink {
  return {
    query: state.query ? { ...state.query } : null,
    at: state.at,
    maxHops: state.maxHops,
    allowConsentRelay: state.allowConsentRelay,
    disabled: [...state.disabled],
    layout: state.layout,
    route: state.route,
    hideInactive: state.hideInactive,
    showBlocked: state.showBlocked,
  };
}

/** The state with the permalink's values put in; the query also fills the route finder. */
export function applyPermalink(state: ExplorerState, link: Permalink): ExplorerState {
  return {
    ...state,
    query: link.query ? { ...link.query } : null,
    draft: link.query ? { ...link.query } : state.draft,
    at: link.at,
    maxHops: link.maxHops,
    allowConsentRelay: link.allowConsentRelay,
    disabled: [...link.disabled],
    layout: link.layout,
    route: link.route,
    hideInactive: link.hideInactive,
    showBlocked: link.showBlocked,
  };
}

/** The permalink of a fresh explorer on `at`: what a URL without parameters means. */
export function defaultPermalink(at: Day): Permalink {
  return {
    query: null,
    at,
    maxHops: DEFAULT_ROUTE_OPTIONS.maxHops,
    allowConsentRelay: false,
    disabled: [],
    layout: "geographic",
    route: null,
    hideInactive: false,
    showBlocked: false,
  };
}

/**
 * The query string (without `?`) for a permalink; values equal to `defaults` are left out, so a fresh explorer
 * has an empty one. Ids are written as they are: they are URL-safe by the dataset schema.
 */
export function serialisePermalink(link: Permalink, defaults: Permalink): string {
  const params = new Map<string, string>();
  if (link.query) {
    params.set("from", link.query.from);
    params.set("to", link.query.to);
    params.set("topic", link.query.topic);
  }
  if (link.at !== defaults.at) params.set("at", link.at);
  if (link.layout !== defaults.layout) params.set("layout", link.layout);
  if (link.route !== null) params.set("route", String(link.route + 1));
  if (link.maxHops !== defaults.maxHops) params.set("hops", String(link.maxHops));
  if (link.disabled.length > 0) params.set("disable", link.disabled.join(","));
  if (link.allowConsentRelay !== defaults.allowConsentRelay)
    params.set("consent", link.allowConsentRelay ? "1" : "0");
  if (link.hideInactive !== defaults.hideInactive)
    params.set("inactive", link.hideInactive ? "hide" : "show");
  if (link.showBlocked !== defaults.showBlocked) params.set("blocked", link.showBlocked ? "show" : "hide");
  // The comma of `disable` stays literal so that people can read and edit the permalink.
  return [...params].map(([k, v]) => `${k}=${encodeURIComponent(v).replaceAll("%2C", ",")}`).join("&");
}

/** The parameters of a query string; the first of repeated names wins, undecodable values are kept raw. */
function readParams(search: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of search.replace(/^\?/, "").split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s.replaceAll("+", " "));
      } catch {
        return s;
      }
    };
    const name = decode(eq < 0 ? part : part.slice(0, eq));
    if (!params.has(name)) params.set(name, decode(eq < 0 ? "" : part.slice(eq + 1)));
  }
  return params;
}

/**
 * Read a permalink from a query string (with or without `?`). Every invalid value (unknown party, topic or
 * scenario id, malformed date, hops out of range, unknown layout, bad flag) is reported in `problems` and
 * replaced by its default; unknown parameters are ignored. An empty string gives `defaults` and no problems.
 */
export function parsePermalink(search: string, known: KnownIds, defaults: Permalink): ParsedPermalink {
  const params = readParams(search);
  const problems: string[] = [];
  const link: Permalink = { ...defaults, disabled: [...defaults.disabled] };
  const draft: Partial<RouteRequest> = {};
  const value = (name: string) => {
    const v = params.get(name);
    return v?.trim();
  };

  const party = (name: "from" | "to") => {
    const id = value(name);
    if (id === undefined) return undefined;
    if (!known.parties.has(id)) {
      problems.push(`Ignored ${name}=${id}: no such party in the dataset.`);
      return undefined;
    }
    return id;
  };
  const from = party("from");
  const to = party("to");
  let topic = value("topic");
  if (topic !== undefined && !known.topics.has(topic)) {
    problems.push(`Ignored topic=${topic}: no such topic in the dataset.`);
    topic = undefined;
  }
  if (from !== undefined && to !== undefined) {
    link.query = { from, to, topic: topic ?? "any" };
  } else {
    if (from !== undefined) draft.from = from;
    if (to !== undefined) draft.to = to;
    if (topic !== undefined) draft.topic = topic;
  }

  const at = value("at");
  if (at !== undefined) {
    if (isIsoDay(at)) link.at = at;
    else problems.push(`Ignored at=${at}: not a date of the form YYYY-MM-DD.`);
  }

  const layout = value("layout");
  if (layout !== undefined) {
    if ((LAYOUTS as readonly string[]).includes(layout)) link.layout = layout as Layout;
    else problems.push(`Ignored layout=${layout}: the layouts are ${LAYOUTS.join(", ")}.`);
  }

  const hops = value("hops");
  if (hops !== undefined) {
    const n = /^\d+$/.test(hops) ? Number(hops) : Number.NaN;
    if (n >= MIN_HOPS && n <= MAX_HOPS) link.maxHops = n;
    else problems.push(`Ignored hops=${hops}: max hops is a whole number from ${MIN_HOPS} to ${MAX_HOPS}.`);
  }

  const route = value("route");
  if (route !== undefined) {
    const n = /^\d+$/.test(route) ? Number(route) : 0;
    if (n >= 1 && Number.isSafeInteger(n)) link.route = n - 1;
    else problems.push(`Ignored route=${route}: a route is numbered from 1.`);
  }

  const disable = value("disable");
  if (disable !== undefined) {
    for (const id of disable.split(",").map((s) => s.trim())) {
      if (id === "" || link.disabled.includes(id)) continue;
      if (known.agreements.has(id) || known.parties.has(id)) link.disabled.push(id);
      else problems.push(`Ignored disable=${id}: no such agreement or party in the dataset.`);
    }
  }

  const flag = (name: string, on: string, off: string, apply: (v: boolean) => void) => {
    const v = value(name);
    if (v === undefined) return;
    if (v === on) apply(true);
    else if (v === off) apply(false);
    else problems.push(`Ignored ${name}=${v}: use ${on} or ${off}.`);
  };
  flag("consent", "1", "0", (v) => {
    link.allowConsentRelay = v;
  });
  flag("inactive", "hide", "show", (v) => {
    link.hideInactive = v;
  });
  flag("blocked", "show", "hide", (v) => {
    link.showBlocked = v;
  });

  return { permalink: link, draft, problems };
}
