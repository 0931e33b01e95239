// The geographic layout's projection: each state at its country's coordinates and each organisation beside its
// seat, projected so the parties in focus fill the view; the world map is drawn with the same projection.
import { type GeoProjection, geoNaturalEarth1 } from "d3-geo";
import type { Model, Party } from "../model";
import { countryOf } from "./countries";
import type { Point, Size } from "./plane";

export interface GeoFrame {
  /** The projection the node positions and the world outline share. */
  projection: GeoProjection;
  /** Node positions by party id, in Cytoscape model coordinates: every party with a place, exactly where it is. */
  positions: ReadonlyMap<string, Point>;
  /** The parties with no place on the map (not a known country, nor an organisation seated in one), in model order. */
  unplaced: string[];
}

/** A link between two places to draw on the map: their longitudes and how much a long way round would cost. */
export interface MapLink {
  a: number;
  b: number;
  weight: number;
}

/** How far an organisation sits from its seat's country. */
const SEAT_OFFSET: Point = { x: 26, y: -22 };
const PAD = 40;

function lngLatOf(party: Party): [number, number] | undefined {
  const country = countryOf(party.kind === "state" ? party.id : (party.seat ?? ""));
  return country ? [country.lng, country.lat] : undefined;
}

/** The parties with no place on the map (not a known country, nor an organisation seated in one), in model order. */
export function unplacedParties(model: Model): string[] {
  return model.dataset.parties.filter((p) => !lngLatOf(p)).map((p) => p.id);
}

/** A longitude in [-180, 180). */
const wrap = (lng: number) => ((((lng + 180) % 360) + 360) % 360) - 180;

/** How much longer a link is drawn when the map is cut at `cut`: 0, or the long way round less the short way. */
function detour(link: MapLink, cut: number): number {
  const d = wrap(link.b - link.a);
  const t = wrap(cut - link.a);
  const crosses = d !== 0 && Math.sign(t) === Math.sign(d) && Math.abs(t) < Math.abs(d);
  return crosses ? link.weight * (360 - 2 * Math.abs(d)) : 0;
}

/**
 * The meridian to centre the map on, so that the map's edge (the meridian opposite) cuts through as few drawn links
 * as it can: each candidate cut runs through the middle of a stretch of longitude with no party, and costs, for each
 * link it crosses, the link's weight times the extra distance of going the long way round. The cheapest cut wins,
 * the widest stretch among equals. With no links this is the middle of the widest empty stretch (a Pacific-centred
 * map when the parties span Asia and the Americas); with links across the Atlantic, the cut moves to the Pacific.
 * No longitudes give 0.
 */
export function centralMeridian(longitudes: readonly number[], links: readonly MapLink[] = []): number {
  if (longitudes.length === 0) return 0;
  const sorted = [...new Set(longitudes.map(wrap))].sort((a, b) => a - b);
  let best = { cost: Number.POSITIVE_INFINITY, width: -1, cut: 0 };
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    const end = i + 1 < sorted.length ? sorted[i + 1]! : sorted[0]! + 360;
    const width = end - start;
    const cut = wrap(start + width / 2);
    let cost = 0;
    for (const link of links) cost += detour(link, cut);
    if (cost < best.cost - 1e-9 || (Math.abs(cost - best.cost) <= 1e-9 && width > best.width))
      best = { cost, width, cut };
  }
  return wrap(best.cut + 180);
}

/** What the map shows: the parties to frame (all when empty) and the links drawn between parties, by id. */
export interface FrameOptions {
  focus?: readonly string[];
  /** Pairs of party ids drawn as edges, with a weight (the focus's links weigh more than the rest). */
  links?: readonly { a: string; b: string; weight: number }[];
}

/**
 * Positions for the geographic layout: each state at its country's coordinates (world-countries `latlng`), each
 * organisation beside its seat's country, projected with Natural Earth centred so that the drawn links cross the
 * map's edge as little as they can (centralMeridian), and scaled so the `focus` parties (all parties when none is
 * given or placed) fill `size`: zooming the projection rather than the view keeps nodes and labels at their size,
 * so close neighbours such as Seoul and Tokyo move apart on screen. No party is ever moved from its place: crowding
 * is left to label placement and to the zoom. Parties with no known place get no position and are listed in
 * `unplaced`. An empty model gives no positions.
 */
export function geographicFrame(model: Model, size: Size, options: FrameOptions = {}): GeoFrame {
  const width = Math.max(size.width, 320);
  const height = Math.max(size.height, 240);
  const parties = model.dataset.parties;
  const places = new Map<string, [number, number]>();
  const unplaced: string[] = [];
  for (const party of parties) {
    const place = lngLatOf(party);
    if (place) places.set(party.id, place);
    else unplaced.push(party.id);
  }
  const links: MapLink[] = (options.links ?? []).flatMap(({ a, b, weight }) => {
    const [pa, pb] = [places.get(a), places.get(b)];
    return pa && pb ? [{ a: pa[0], b: pb[0], weight }] : [];
  });
  const longitudes = [...places.values()].map(([lng]) => lng);
  const projection = geoNaturalEarth1().rotate([-centralMeridian(longitudes, links), 0]);
  // Fit a margin of a few degrees around each place rather than the bare points, so one party or two close ones
  // do not zoom the map in to street level.
  const margin = 10;
  const focused = (options.focus ?? [])
    .map((id) => places.get(id))
    .filter((p): p is [number, number] => p !== undefined);
  const around = (focused.length > 0 ? focused : [...places.values()]).flatMap(([lng, lat]) => [
    [lng - margin, Math.max(-85, lat - margin)],
    [lng + margin, Math.min(85, lat + margin)],
  ]);
  const extent: [[number, number], [number, number]] = [
    [PAD, PAD],
    [width - PAD, height - PAD],
  ];
  if (around.length > 0) projection.fitExtent(extent, { type: "MultiPoint", coordinates: around });
  else projection.fitExtent(extent, { type: "Sphere" });

  const positions = new Map<string, Point>();
  for (const party of parties) {
    const place = places.get(party.id);
    const projected = place ? projection(place) : null;
    if (!projected) continue;
    const offset = party.kind === "organisation" ? SEAT_OFFSET : { x: 0, y: 0 };
    positions.set(party.id, { x: projected[0] + offset.x, y: projected[1] + offset.y });
  }
  return { projection, positions, unplaced };
}
