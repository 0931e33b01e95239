// The world map under the graph, as paths in graph coordinates: the globe and every country, the countries of the
// dataset's parties tinted. The explorer draws it under the graph and image export draws the same paths.
import type { GeoProjection } from "d3-geo";
import { countryOf, mapPaths, type WorldShapes } from "../../geo";
import { COLOURS } from "./palette";
import type { SceneBackdropPath } from "./scene";

/** What the map needs: the layout's projection, the country shapes and the parties whose countries are tinted. */
export interface MapBackdrop {
  projection: GeoProjection;
  shapes: WorldShapes;
  parties: readonly string[];
}

/** The width of the borders between countries, in image units whatever the zoom. */
export const BORDER_WIDTH = 0.8;

/**
 * The map's paths, globe first: the globe filled as water, then each country (id: its ISO numeric code) as land,
 * tinted where a party of `parties` is that country, with a thin white border. Shapes off the map are left out.
 */
export function mapBackdrop(map: MapBackdrop): SceneBackdropPath[] {
  const paths = mapPaths(map.projection, map.shapes);
  const tinted = new Set(map.parties.flatMap((id) => countryOf(id)?.ccn3 ?? []));
  const out: SceneBackdropPath[] = [];
  if (paths.sphere) out.push({ id: "sphere", d: paths.sphere, fill: COLOURS.water });
  for (const c of paths.countries) {
    out.push({
      id: c.id,
      d: c.d,
      fill: tinted.has(c.id) ? COLOURS.landParty : COLOURS.land,
      stroke: COLOURS.border,
      strokeWidth: BORDER_WIDTH,
    });
  }
  return out;
}
