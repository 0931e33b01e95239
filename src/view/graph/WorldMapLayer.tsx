// The world outline drawn under the graph in the geographic layout; GraphView moves its group with the viewport.
import type { GeoProjection } from "d3-geo";
import { memo, type Ref, useEffect, useMemo, useState } from "react";
import { countryOf } from "./countries";
import { COLOURS } from "./palette";
import { loadWorldShapes, mapPaths, type WorldShapes } from "./worldMap";

interface Props {
  projection: GeoProjection | null;
  /** Party ids whose countries are tinted. */
  parties: readonly string[];
  /** The group GraphView transforms to follow Cytoscape's pan and zoom. */
  groupRef: Ref<SVGGElement>;
}

/**
 * An SVG underlay with the sea over the whole canvas and the countries; renders nothing until the shapes and a
 * projection exist. Memoised: the graph re-renders on every As-of step, the map (some 180 paths) only with a new
 * projection.
 */
export const WorldMapLayer = memo(function WorldMapLayer({ projection, parties, groupRef }: Props) {
  const [shapes, setShapes] = useState<WorldShapes | null>(null);
  useEffect(() => {
    let live = true;
    loadWorldShapes().then(
      (loaded) => {
        if (live) setShapes(loaded);
      },
      () => {
        // Without the outline the graph still works; the nodes keep their geographic positions.
      },
    );
    return () => {
      live = false;
    };
  }, []);
  const paths = useMemo(
    () => (projection && shapes ? mapPaths(projection, shapes) : null),
    [projection, shapes],
  );
  const tinted = useMemo(
    () => new Set(parties.map((id) => countryOf(id)?.ccn3).filter((c): c is string => c !== undefined)),
    [parties],
  );
  return (
    <svg
      aria-hidden="true"
      style={{ position: "absolute", inset: 0, width: "100%", height: "100%", pointerEvents: "none" }}
    >
      {/* The sea fills the whole canvas, not only the globe, so panning past the poles or the map's curved sides
          shows no blank band; it stays put while the group moves. */}
      {paths && <rect width="100%" height="100%" fill={COLOURS.water} />}
      <g ref={groupRef}>
        {paths && (
          <>
            <path d={paths.sphere} fill={COLOURS.water} />
            {paths.countries.map((c) => (
              <path
                key={c.id}
                d={c.d}
                fill={tinted.has(c.id) ? COLOURS.landParty : COLOURS.land}
                stroke={COLOURS.border}
                strokeWidth={0.8}
                vectorEffect="non-scaling-stroke"
              />
            ))}
          </>
        )}
      </g>
    </svg>
  );
});
