// The geographic layout's projection: each state at its country's coordinates and each organisation beside its
// seat, projected so the parties in focus fill the view; the world map is drawn with the same projection.
import { type GeoProjection, geoNaturalEarth1 } from "d3-geo";
import type { Model, Party } from "../model";
import { countryOf } from "./countries";
import type { Point, Size } from "./plane";

export interface GeoFrame {
  /** The projection the node positions and the world outline share. */
  projection: GeoProjection;
  /** Node positions by party id, in Cytoscape model coordinates. */
  positions: ReadonlyMap<string, Point>;
}

/** Smallest distance kept between two nodes on the map, so close neighbours (Seoul, Tokyo) stay apart. */
const MIN_GAP = 64;
/** How far an organisation sits from its seat's country. */
const SEAT_OFFSET: Point = { x: 26, y: -22 };
const PAD = 40;

function lngLatOf(party: Party): [number, number] | undefined {
  const country = countryOf(party.kind === "state" ? party.id : (party.seat ?? ""));
  return country ? [country.lng, country.lat] : undefined;
}

/** The meridian to centre on: opposite the widest stretch of longitude with no party, so the map is not cut
 * through the middle of the parties (a Pacific-centred map when the dataset spans Asia and the Americas). */
export function centralMeridian(longitudes: readonly number[]): number {
  if (longitudes.length === 0) return 0;
  const sorted = [...new Set(longitudes.map((l) => ((((l + 180) % 360) + 360) % 360) - 180))].sort(
    (a, b) => a - b,
  );
  let gapStart = sorted[sorted.length - 1]!;
  let gap = sorted[0]! + 360 - gapStart;
  for (let i = 1; i < sorted.length; i++) {
    const width = sorted[i]! - sorted[i - 1]!;
    if (width > gap) {
      gap = width;
      gapStart = sorted[i - 1]!;
    }
  }
  const centre = gapStart + gap / 2 + 180;
  return ((((centre + 180) % 360) + 360) % 360) - 180;
}

/** Push apart nodes closer than `gap`, a little at a time, so geography is kept as far as possible. */
function separate(points: Map<string, Point>, gap: number): void {
  const ids = [...points.keys()];
  for (let round = 0; round < 80; round++) {
    let moved = false;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = points.get(ids[i]!)!;
        const b = points.get(ids[j]!)!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= gap) continue;
        if (d < 1e-6) {
          // Coincident points: split them along a direction fixed by their order, so the result is stable.
          const angle = (j * 2.399963) % (2 * Math.PI);
          [dx, dy, d] = [Math.cos(angle), Math.sin(angle), 1];
        }
        const push = (gap - d) / 2 / d;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
}

/**
 * Positions for the geographic layout: each state at its country's coordinates (world-countries `latlng`), each
 * organisation beside its seat's country, projected with Natural Earth centred away from the widest empty stretch
 * of longitude and scaled so the `focus` parties (all parties when none is given or placed) fill `size`: zooming
 * the projection rather than the view keeps nodes and labels at their size, so close neighbours such as Seoul and
 * Tokyo move apart on screen. Nodes closer than a minimum gap are then pushed apart. Parties
 * with no known place are lined up along the bottom. An empty model gives no positions.
 */
export function geographicFrame(model: Model, size: Size, focus: readonly string[] = []): GeoFrame {
  const width = Math.max(size.width, 320);
  const height = Math.max(size.height, 240);
  const parties = model.dataset.parties;
  const places = new Map<string, [number, number]>();
  for (const party of parties) {
    const place = lngLatOf(party);
    if (place) places.set(party.id, place);
  }
  const longitudes = [...places.values()].map(([lng]) => lng);
  const projection = geoNaturalEarth1().rotate([-centralMeridian(longitudes), 0]);
  // Fit a margin of a few degrees around each place rather than the bare points, so one party or two close ones
  // do not zoom the map in to street level.
  const margin = 10;
  const focused = focus.map((id) => places.get(id)).filter((p): p is [number, number] => p !== undefined);
  const around = (focused.length > 0 ? focused : [...places.values()]).flatMap(([lng, lat]) => [
    [lng - margin, Math.max(-85, lat - margin)],
    [lng + margin, Math.min(85, lat + margin)],
  ]);
  if (around.length > 0) {
    projection.fitExtent(
      [
        [PAD, PAD],
        [width - PAD, height - PAD],
      ],
      { type: "MultiPoint", coordinates: around },
    );
  } else {
    projection.fitExtent(
      [
        [PAD, PAD],
        [width - PAD, height - PAD],
      ],
      { type: "Sphere" },
    );
  }

  const positions = new Map<string, Point>();
  let unplaced = 0;
  for (const party of parties) {
    const place = places.get(party.id);
    const projected = place ? projection(place) : null;
    if (projected) {
      const offset = party.kind === "organisation" ? SEAT_OFFSET : { x: 0, y: 0 };
      positions.set(party.id, { x: projected[0] + offset.x, y: projected[1] + offset.y });
    } else {
      positions.set(party.id, { x: PAD + unplaced * MIN_GAP * 1.5, y: height - PAD / 2 });
      unplaced++;
    }
  }
  separate(positions, MIN_GAP);
  return { projection, positions };
}
