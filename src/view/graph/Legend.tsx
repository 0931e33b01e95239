// The graph's legend in HTML: agreement colours, line styles, party markers and highlights, from LEGEND_ITEMS, with
// the entries of what the graph draws only at its level of detail when it draws that.
import { memo, useMemo } from "react";
import { graphDetail, LEGEND_ITEMS, type LegendItem, type LegendSwatch } from "../../export/pure";
import type { Model } from "../../model";

const W = 30;
const H = 16;

function Swatch({ swatch }: { swatch: LegendSwatch }) {
  if (swatch.type === "line") {
    const y = H / 2;
    const end = swatch.arrow ? W - 8 : W - 2;
    return (
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
        {swatch.halo && (
          <line
            x1={2}
            y1={y}
            x2={end}
            y2={y}
            stroke={swatch.halo}
            strokeWidth={swatch.width + 6}
            strokeLinecap="round"
          />
        )}
        <line
          x1={2}
          y1={y}
          x2={end}
          y2={y}
          stroke={swatch.colour}
          strokeWidth={swatch.width}
          strokeOpacity={swatch.opacity}
          strokeDasharray={swatch.dash ? swatch.dash.join(" ") : undefined}
          strokeLinecap={swatch.dash ? "round" : "butt"}
        />
        {swatch.arrow && (
          <path d={`M${W - 9} ${y - 5} L${W - 1} ${y} L${W - 9} ${y + 5} Z`} fill={swatch.colour} />
        )}
      </svg>
    );
  }
  const ring = swatch.ring ? (
    <circle cx={W / 2} cy={H / 2} r={7.5} fill="none" stroke="#1f2328" strokeWidth={1.5} />
  ) : null;
  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      {ring}
      {swatch.shape === "ellipse" ? (
        <circle cx={W / 2} cy={H / 2} r={5} fill={swatch.fill} stroke={swatch.border} strokeWidth={1.5} />
      ) : (
        <rect
          x={W / 2 - 7}
          y={H / 2 - 5}
          width={14}
          height={10}
          rx={3}
          fill={swatch.fill}
          stroke={swatch.border}
          strokeWidth={1.5}
        />
      )}
    </svg>
  );
}

function groups(items: readonly LegendItem[]): [string, LegendItem[]][] {
  const out = new Map<string, LegendItem[]>();
  for (const item of items) out.set(item.group, [...(out.get(item.group) ?? []), item]);
  return [...out];
}

/**
 * The legend for the graph of `model`: one list per group of LEGEND_ITEMS (those of another level of detail left
 * out), each entry a small drawing and its meaning. Memoised, as it changes only with the dataset.
 */
export const Legend = memo(function Legend({ model }: { model: Model }) {
  const items = useMemo(() => {
    const detail = graphDetail(model);
    return LEGEND_ITEMS.filter((item) => item.detail === undefined || item.detail === detail);
  }, [model]);
  return (
    <section
      className="legend"
      aria-label="Legend"
      style={{ display: "flex", flexWrap: "wrap", gap: "4px 24px", fontSize: 12 }}
    >
      {groups(items).map(([group, entries]) => (
        <div key={group}>
          <h3 style={{ fontSize: 12, margin: "4px 0 2px", fontWeight: 600 }}>{group}</h3>
          <ul style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {entries.map((item) => (
              <li key={item.id} style={{ display: "flex", alignItems: "center", gap: 6, lineHeight: "18px" }}>
                <Swatch swatch={item.swatch} />
                <span>{item.label}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
});
