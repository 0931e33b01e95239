// The inset as SVG: the outline of the region it enlarges on the picture, a leader line to it, and the framed box
// with the region's map, lines, parties, route numbers and names drawn again at its zoom, and its caption.
import { type Box, boxAround, boxesMeet } from "../../geo";
import { COLOURS } from "./palette";
import type { Scene, SceneBackdropPath, SceneInset } from "./scene";
import { attr, colour, n, text } from "./svgParts";

/** Path data of absolute moves and lines only, as the map's projection writes it: its box can be read off. */
const ABSOLUTE = /^[MLZ0-9eE.,\s+-]*$/;

/** The smallest box around a path of absolute moves and lines; null for other path data (kept whatever its box). */
function pathBox(d: string): Box | null {
  if (!ABSOLUTE.test(d)) return null;
  const numbers = (d.match(/-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? []).map(Number);
  const points = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push({ x: numbers[i]!, y: numbers[i + 1]! });
  return boxAround(points);
}

const rect = (box: Box, look: string) =>
  `<rect${attr("x", box.x1)}${attr("y", box.y1)}${attr("width", box.x2 - box.x1)}${attr("height", box.y2 - box.y1)}${look}/>`;

/** The map paths that reach the inset's map, drawn at its zoom (only those, so the file stays small). */
function insetBackdrop(inset: SceneInset, paths: readonly SceneBackdropPath[]): string[] {
  const { scale, offset } = inset.backdrop;
  const seen: Box = {
    x1: (inset.map.x1 - offset.x) / scale,
    y1: (inset.map.y1 - offset.y) / scale,
    x2: (inset.map.x2 - offset.x) / scale,
    y2: (inset.map.y2 - offset.y) / scale,
  };
  const kept = paths.filter((p) => {
    const box = pathBox(p.d);
    return box === null || boxesMeet(box, seen);
  });
  return [
    `<g class="inset-backdrop" transform="translate(${n(offset.x)},${n(offset.y)}) scale(${n(scale)})">`,
    ...kept.map(
      (p) =>
        `<path${attr("d", p.d)}${attr("fill", colour(p.fill, "none"))}${p.stroke ? attr("stroke", colour(p.stroke)) : ""}${p.strokeWidth ? attr("stroke-width", Math.round((p.strokeWidth / scale) * 1e4) / 1e4) : ""}/>`,
    ),
    "</g>",
  ];
}

/**
 * The scene's inset as SVG (none without one), drawn over the picture: `drawn` writes its lines, parties, numbers
 * and names as the picture's are written; `paths` are the picture's map paths, already checked as path data.
 */
export function insetSvg(
  scene: Scene,
  paths: readonly SceneBackdropPath[],
  drawn: (inset: SceneInset) => string[],
): string[] {
  const inset = scene.inset;
  if (!inset) return [];
  const [from, to] = inset.leader;
  return [
    `<g class="inset"${attr("data-zoom", Math.round(inset.zoom * 10) / 10)}>`,
    rect(inset.region, ` fill="none"${attr("stroke", COLOURS.ink)} stroke-width="1"`),
    `<path d="M${n(from.x)},${n(from.y)} L${n(to.x)},${n(to.y)}" fill="none"${attr("stroke", COLOURS.ink)} stroke-width="0.8" stroke-opacity="0.6"/>`,
    `<defs><clipPath id="inset-map">${rect(inset.map, "")}</clipPath></defs>`,
    rect(inset.box, ' fill="#ffffff"'),
    '<g clip-path="url(#inset-map)">',
    rect(inset.map, attr("fill", COLOURS.water)),
    ...(paths.length > 0 ? insetBackdrop(inset, paths) : []),
    ...drawn(inset),
    "</g>",
    `<path d="M${n(inset.map.x1)},${n(inset.map.y2)} L${n(inset.map.x2)},${n(inset.map.y2)}"${attr("stroke", COLOURS.disabled)} stroke-width="0.8"/>`,
    rect(inset.box, ` fill="none"${attr("stroke", COLOURS.ink)} stroke-width="1.2"`),
    `<g class="inset-caption">${text(inset.caption)}</g>`,
    "</g>",
  ];
}
