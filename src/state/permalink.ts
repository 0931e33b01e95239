// The explorer's permalink: the part of the state the URL carries, and its (de)serialisation with validation.
// PERMALINK_KEYS lists the fields once; the copy, the defaults and each field's URL form all follow from it.
import { type Day, isIsoDay, type Model } from "../model";
import { type KeyedHop, MAX_HOPS, MIN_HOPS, parseRouteKey, type RouteKey, routeKey } from "../routing";
import { ANALYSIS_CODEC } from "./analysis";
import { type ExplorerState, initialState, LAYOUTS, type Layout, type RouteRequest } from "./explorerState";

/** The state fields a permalink carries, in the order the URL lists them. */
export const PERMALINK_KEYS = [
  "query",
  "at",
  "layout",
  "route",
  "maxHops",
  "disabled",
  "allowConsentRelay",
  "hideInactive",
  "showBlocked",
  "analysis",
] as const satisfies readonly (keyof ExplorerState)[];

export type PermalinkKey = (typeof PERMALINK_KEYS)[number];

/** What the URL carries. `route` is the selected route's key (DESIGN.md rule 9). */
export type Permalink = Pick<ExplorerState, PermalinkKey>;

/** The ids a permalink may name; anything else is reported and ignored. */
export interface KnownIds {
  parties: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  agreements: ReadonlySet<string>;
}

/** The ids of `model` a permalink may name. */
export function knownIds(model: Model): KnownIds {
  return {
    parties: new Set(model.parties.keys()),
    topics: new Set(model.topics.keys()),
    agreements: new Set(model.agreements.keys()),
  };
}

export interface ParsedPermalink {
  permalink: Permalink;
  /**
   * The 1-based position a numeric `route=N` names (older permalinks, or one typed by hand), or null. Positions mean
   * nothing across dates, so it is resolved to a route key against the first answer (`resolvePermalinkRoute`).
   */
  routeNumber: number | null;
  /** Draft fields named without a complete query (e.g. only `from`), for the route finder. */
  draft: Partial<RouteRequest>;
  /** One message per invalid value, saying what was ignored. */
  problems: string[];
}

/** A copy of a permalink value that shares no array or object with the original. */
function copy<V>(value: V): V {
  if (Array.isArray(value)) return [...value] as V;
  return value !== null && typeof value === "object" ? { ...value } : value;
}

/** The permalink fields of `source`, copied. */
function pick(source: Permalink): Permalink {
  return Object.fromEntries(PERMALINK_KEYS.map((key) => [key, copy(source[key])])) as Permalink;
}

/** The permalink part of an explorer state. */
export function toPermalink(state: ExplorerState): Permalink {
  return pick(state);
}

/** The state with the permalink's values put in; the query also fills the route finder. */
export function applyPermalink(state: ExplorerState, link: Permalink): ExplorerState {
  return { ...state, ...pick(link), draft: link.query ? { ...link.query } : state.draft };
}

/** The permalink of a fresh explorer on `at`: what a URL without parameters means. */
export function defaultPermalink(at: Day): Permalink {
  return toPermalink(initialState(at, { from: "", to: "", topic: "" }));
}

/** What reading a field may need besides its parameters, and where it reports. */
interface Reading {
  params: ReadonlyMap<string, string>;
  known: KnownIds;
  problems: string[];
  draft: Partial<RouteRequest>;
  routeNumber: number | null;
}

/** A field's URL form: its parameters (none for a value written as nothing), and its value read back. */
interface Codec<K extends PermalinkKey> {
  write(value: Permalink[K]): [string, string][];
  /** The value the parameters give, or undefined to keep the default (after reporting why, if they were bad). */
  read(r: Reading): Permalink[K] | undefined;
}

const value = (r: Reading, name: string) => r.params.get(name)?.trim();

/** A true/false field written as one of two words. */
function flag<K extends PermalinkKey>(name: string, on: string, off: string): Codec<K> {
  return {
    write: (v) => [[name, v ? on : off]],
    read: (r) => {
      const v = value(r, name);
      if (v === undefined) return undefined;
      if (v === on || v === off) return (v === on) as Permalink[K];
      r.problems.push(`Ignored ${name}=${v}: use ${on} or ${off}.`);
      return undefined;
    },
  };
}

const CODECS: { [K in PermalinkKey]: Codec<K> } = {
  query: {
    write: (q) =>
      q
        ? [
            ["from", q.from],
            ["to", q.to],
            ["topic", q.topic],
          ]
        : [],
    read: (r) => {
      const party = (name: "from" | "to") => {
        const id = value(r, name);
        if (id !== undefined && !r.known.parties.has(id)) {
          r.problems.push(`Ignored ${name}=${id}: no such party in the dataset.`);
          return undefined;
        }
        return id;
      };
      const from = party("from");
      const to = party("to");
      let topic = value(r, "topic");
      if (topic !== undefined && !r.known.topics.has(topic)) {
        r.problems.push(`Ignored topic=${topic}: no such topic in the dataset.`);
        topic = undefined;
      }
      if (from !== undefined && to !== undefined) return { from, to, topic: topic ?? "any" };
      // Half a query fills the route finder without answering.
      if (from !== undefined) r.draft.from = from;
      if (to !== undefined) r.draft.to = to;
      if (topic !== undefined) r.draft.topic = topic;
      return undefined;
    },
  },
  at: {
    write: (at) => [["at", at]],
    read: (r) => {
      const at = value(r, "at");
      if (at === undefined || isIsoDay(at)) return at;
      r.problems.push(`Ignored at=${at}: not a date of the form YYYY-MM-DD.`);
      return undefined;
    },
  },
  layout: {
    write: (layout) => [["layout", layout]],
    read: (r) => {
      const layout = value(r, "layout");
      if (layout === undefined || (LAYOUTS as readonly string[]).includes(layout)) return layout as Layout;
      r.problems.push(`Ignored layout=${layout}: the layouts are ${LAYOUTS.join(", ")}.`);
      return undefined;
    },
  },
  route: {
    write: (key) => (key === null ? [] : [["route", key]]),
    read: (r) => {
      // A `+` typed into the address bar arrives as a space; a key has none of its own.
      const route = value(r, "route")?.replaceAll(" ", "+");
      if (route === undefined) return undefined;
      if (parseRouteKey(route)) return route;
      const n = /^\d+$/.test(route) ? Number(route) : 0;
      if (n >= 1 && Number.isSafeInteger(n)) r.routeNumber = n;
      else
        r.problems.push(
          `Ignored route=${route}: a route is named by its key (such as KOR>USA>JPN:tisa+tisa) or numbered from 1.`,
        );
      return undefined;
    },
  },
  maxHops: {
    write: (hops) => [["hops", String(hops)]],
    read: (r) => {
      const hops = value(r, "hops");
      if (hops === undefined) return undefined;
      const n = /^\d+$/.test(hops) ? Number(hops) : Number.NaN;
      if (n >= MIN_HOPS && n <= MAX_HOPS) return n;
      r.problems.push(`Ignored hops=${hops}: max hops is a whole number from ${MIN_HOPS} to ${MAX_HOPS}.`);
      return undefined;
    },
  },
  disabled: {
    write: (ids) => (ids.length > 0 ? [["disable", ids.join(",")]] : []),
    read: (r) => {
      const disable = value(r, "disable");
      if (disable === undefined) return undefined;
      const ids: string[] = [];
      for (const id of disable.split(",").map((s) => s.trim())) {
        if (id === "" || ids.includes(id)) continue;
        if (r.known.agreements.has(id) || r.known.parties.has(id)) ids.push(id);
        else r.problems.push(`Ignored disable=${id}: no such agreement or party in the dataset.`);
      }
      return ids;
    },
  },
  allowConsentRelay: flag("consent", "1", "0"),
  hideInactive: flag("inactive", "hide", "show"),
  showBlocked: flag("blocked", "show", "hide"),
  analysis: ANALYSIS_CODEC,
};

function writeField<K extends PermalinkKey>(key: K, link: Permalink): [string, string][] {
  return CODECS[key].write(link[key]);
}

/**
 * The query string (without `?`) for a permalink; values equal to `defaults` are left out, so a fresh explorer
 * has an empty one. Ids are written as they are: they are URL-safe by the dataset schema.
 */
export function serialisePermalink(link: Permalink, defaults: Permalink): string {
  const params: [string, string][] = [];
  for (const key of PERMALINK_KEYS) {
    const mine = writeField(key, link);
    if (JSON.stringify(mine) !== JSON.stringify(writeField(key, defaults))) params.push(...mine);
  }
  // Commas (of `disable`) and colons (of a route key) stay literal so that people can read and edit the permalink.
  return params
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replaceAll("%2C", ",").replaceAll("%3A", ":")}`)
    .join("&");
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

function readField<K extends PermalinkKey>(key: K, r: Reading, link: Permalink): void {
  const read = CODECS[key].read(r);
  if (read !== undefined) link[key] = read;
}

/**
 * Read a permalink from a query string (with or without `?`). Every invalid value (unknown party, topic or
 * scenario id, malformed date, hops out of range, unknown layout, bad flag, a route that is neither a key nor a
 * number from 1) is reported in `problems` and replaced by its default; unknown parameters are ignored. A numeric
 * route is returned as `routeNumber` for the caller to resolve. An empty string gives `defaults` and no problems.
 */
export function parsePermalink(search: string, known: KnownIds, defaults: Permalink): ParsedPermalink {
  const reading: Reading = { params: readParams(search), known, problems: [], draft: {}, routeNumber: null };
  const link = pick(defaults);
  for (const key of PERMALINK_KEYS) readField(key, reading, link);
  return {
    permalink: link,
    routeNumber: reading.routeNumber,
    draft: reading.draft,
    problems: reading.problems,
  };
}

/**
 * The route a permalink selects, checked against the first answer to its query (`routes`: the permitted routes,
 * then the blocked ones, as the routes list numbers them): a key the answer lists is kept, a number becomes the key
 * at that position. A key the answer does not list, or a number beyond it, is reported and selects nothing.
 */
export function resolvePermalinkRoute(
  parsed: Pick<ParsedPermalink, "permalink" | "routeNumber">,
  routes: readonly { hops: readonly KeyedHop[] }[],
): { route: RouteKey | null; problems: string[] } {
  const keys = routes.map((r) => routeKey(r));
  const { route } = parsed.permalink;
  if (route !== null) {
    return keys.includes(route)
      ? { route, problems: [] }
      : { route: null, problems: [`Ignored route=${route}: the answer has no such route.`] };
  }
  const n = parsed.routeNumber;
  if (n === null) return { route: null, problems: [] };
  const key = keys[n - 1];
  return key !== undefined
    ? { route: key, problems: [] }
    : { route: null, problems: [`Ignored route=${n}: the answer lists ${keys.length} routes.`] };
}
