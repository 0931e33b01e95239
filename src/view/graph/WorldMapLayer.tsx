// The world outline drawn under the graph in the geographic layout; GraphView moves its group with the viewport.
import { memo, type Ref } from "react";
import { COLOURS, type SceneBackdropPath } from "../../export/pure";

interface Props {
  /** The map's paths (mapBackdrop), or null until the shapes and a projection exist. */
  backdrop: readonly SceneBackdropPath[] | null;
  /** The group GraphView transforms to follow Cytoscape's pan and zoom. */
  groupRef: Ref<SVGGElement>;
}

/**
 * An SVG underlay with the sea over the whole canvas and the map's paths, the same ones image export draws.
 * Memoised: the graph re-renders on every As-of step, the map (some 180 paths) only with a new projection.
 */
export const WorldMapLayer = memo(function WorldMapLayer({ backdrop, groupRef }: Props) {
  return (
    <svg
      aria-hidden="true"
      style={{ position: "absolute", inset: 0, width: "100%", height: "100%", pointerEvents: "none" }}
    >
      {/* The sea fills the whole canvas, not only the globe, so panning past the poles or the map's curved sides
          shows no blank band; it stays put while the group moves. */}
      {backdrop && <rect width="100%" height="100%" fill={COLOURS.water} />}
      <g ref={groupRef}>
        {backdrop?.map((p) => (
          <path
            key={p.id ?? p.d}
            d={p.d}
            fill={p.fill}
            stroke={p.stroke}
            strokeWidth={p.strokeWidth}
            vectorEffect={p.stroke ? "non-scaling-stroke" : undefined}
          />
        ))}
      </g>
    </svg>
  );
});
