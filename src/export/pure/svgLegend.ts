// The legend part of our SVG: the box, its headings and a swatch drawn for each item.
import type { Frame } from "./frame";
import type { SceneLegendSwatch, SceneNode } from "./scene";
import { nodeSvg } from "./svgGraph";
import { attr, colour, n, text } from "./svgParts";

function legendSwatch(swatch: SceneLegendSwatch, x: number, y: number, width: number): string {
  if (swatch.type === "node") {
    const node: SceneNode = {
      id: "",
      label: "",
      x: x + width / 2,
      y,
      classes: [],
      colour: swatch.fill,
      size: swatch.shape === "round-rectangle" ? 16 : 12,
      height: 12,
      shape: swatch.shape,
      borderColour: swatch.border,
      borderWidth: 2,
      ring: swatch.ring,
    };
    return nodeSvg(node).join("");
  }
  const c = colour(swatch.colour);
  const line = (stroke: string, width: number, extra = "") =>
    `<line${attr("x1", x + 2)}${attr("y1", y)}${attr("x2", x + width - 2)}${attr("y2", y)}${attr("stroke", stroke)}${attr("stroke-width", width)} stroke-linecap="round"${extra}/>`;
  const parts: string[] = [];
  if (swatch.halo) parts.push(line(colour(swatch.halo), swatch.width + 8, ' stroke-opacity="0.8"'));
  const dash = swatch.dash ? ` stroke-dasharray="${swatch.dash.map(n).join(" ")}"` : "";
  const opacity = swatch.opacity < 1 ? attr("stroke-opacity", swatch.opacity) : "";
  parts.push(
    `<line${attr("x1", x + 2)}${attr("y1", y)}${attr("x2", x + width - (swatch.arrow ? 8 : 2))}${attr("y2", y)}${attr("stroke", c)}${attr("stroke-width", swatch.width)}${dash}${opacity}/>`,
  );
  if (swatch.arrow)
    parts.push(
      `<path d="M${n(x + width - 9)},${n(y - 5)} L${n(x + width)},${n(y)} L${n(x + width - 9)},${n(y + 5)} z"${attr("fill", c)}/>`,
    );
  return parts.join("");
}

/** The legend box with its heading, group headings and items, in frame units. */
export function legendSvg(frame: Frame): string[] {
  const legend = frame.legend;
  if (!legend) return [];
  return [
    '<g class="legend">',
    `<rect${attr("x", legend.x)}${attr("y", legend.y)}${attr("width", legend.width)}${attr("height", legend.height)} rx="4" fill="#ffffff" fill-opacity="0.92" stroke="#999999"/>`,
    text(legend.title),
    ...legend.headings.map((h) => text(h)),
    ...legend.items.flatMap(({ item, swatch, text: label }) => [
      legendSwatch(item.swatch, swatch.x, swatch.y, swatch.width),
      text(label),
    ]),
    "</g>",
  ];
}
