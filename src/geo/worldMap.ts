// The offline world outline under the geographic layout: Natural Earth 1:110m shapes from world-atlas, loaded
// on first use so they stay out of the initial bundle, drawn as SVG paths with the layout's projection.
import { type GeoProjection, geoPath } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export type WorldShapes = FeatureCollection<Geometry, { name?: string }>;

export interface MapPath {
  /** The world-atlas id: the country's ISO numeric code. */
  id: string;
  d: string;
}

let loading: Promise<WorldShapes> | null = null;

/** The country shapes, loaded once from the bundled world-atlas file; no network request leaves the app. */
export function loadWorldShapes(): Promise<WorldShapes> {
  loading ??= import("world-atlas/countries-110m.json").then((module) => {
    const topology = (module.default ?? module) as unknown as Topology<{ countries: GeometryCollection }>;
    return feature(topology, topology.objects.countries) as WorldShapes;
  });
  return loading;
}

export interface MapPaths {
  sphere: string;
  countries: MapPath[];
}

/** Paths already projected, by shapes and then by projection parameters: the map reprojects on every refocus and
 * resize, and projecting some 180 shapes takes tens of milliseconds. */
const projected = new WeakMap<WorldShapes, Map<string, MapPaths>>();
const KEPT_PROJECTIONS = 8;

/**
 * SVG path data for the globe's outline and each country under `projection`; shapes off the map are skipped.
 * The same shapes under a projection with the same rotation, scale and translation give the cached result.
 */
export function mapPaths(projection: GeoProjection, shapes: WorldShapes): MapPaths {
  const key = JSON.stringify([projection.rotate(), projection.scale(), projection.translate()]);
  let cache = projected.get(shapes);
  if (!cache) {
    cache = new Map();
    projected.set(shapes, cache);
  }
  const hit = cache.get(key);
  if (hit) return hit;
  const result = project(projection, shapes);
  // Oldest first in a Map's order: drop the oldest once full.
  if (cache.size >= KEPT_PROJECTIONS) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}

function project(projection: GeoProjection, shapes: WorldShapes): MapPaths {
  const path = geoPath(projection);
  const countries: MapPath[] = [];
  shapes.features.forEach((f, i) => {
    const d = path(f);
    if (d) countries.push({ id: String(f.id ?? `shape-${i}`), d });
  });
  return { sphere: path({ type: "Sphere" }) ?? "", countries };
}
