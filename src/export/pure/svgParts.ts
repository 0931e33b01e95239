// The small pieces every part of our SVG is written with: numbers, attributes, safe colours, lines of text, and
// the marks the picture and its legend share (a styled line with its arrowhead, a party, a route number, a ×).
import type { Point } from "../../geo";
import type { LineStyle, NodeStyle } from "./marks";
import { COLOURS } from "./palette";
import type { TextLine } from "./text";
import { escapeXml } from "./xml";

/** A number with at most two decimals, as SVG attributes carry it. */
export const n = (value: number) => String(Math.round(value * 100) / 100);
/** ` name="value"`, escaped; nothing for an absent or empty value. */
export const attr = (name: string, value: string | number | undefined) =>
  value === undefined || value === ""
    ? ""
    : ` ${name}="${escapeXml(typeof value === "number" ? n(value) : value)}"`;

/** Only colours that cannot break out of an attribute or carry a url(): anything else becomes grey. */
export function colour(value: string | undefined, fallback = "#888888"): string {
  if (!value) return fallback;
  return /^(#[0-9a-fA-F]{3,8}|rgba?\([\d\s.,%]+\)|hsla?\([\d\s.,%deg]+\)|[a-zA-Z]{3,20})$/.test(value.trim())
    ? value.trim()
    : fallback;
}

/** A line of text as `<text>`; with `halo`, a white outline keeps it legible over lines and the map. */
export function text(line: TextLine, halo = false): string {
  const anchor = line.anchor && line.anchor !== "start" ? ` text-anchor="${line.anchor}"` : "";
  const outline = halo ? ' stroke="#ffffff" stroke-width="3" stroke-opacity="0.9" paint-order="stroke"' : "";
  return (
    `<text${attr("x", line.x)}${attr("y", line.y)}${attr("font-size", line.size)}` +
    `${line.bold ? ' font-weight="bold"' : ""}${attr("fill", colour(line.colour))}${anchor}${outline}>` +
    `${escapeXml(line.text)}</text>`
  );
}

/** Path data through start, an optional control point and end: a straight line or one quadratic curve. */
export function pathData(points: readonly Point[]): string {
  const [a, c, b] = points.length === 3 ? points : [points[0]!, undefined, points[points.length - 1]!];
  return c
    ? `M${n(a!.x)},${n(a!.y)} Q${n(c.x)},${n(c.y)} ${n(b!.x)},${n(b!.y)}`
    : `M${n(a!.x)},${n(a!.y)} L${n(b!.x)},${n(b!.y)}`;
}

/** `data-marks`, the legend marks an element shows, so a reader of the file can match picture and legend. */
export const marksAttr = (marks: readonly string[]) => attr("data-marks", marks.join(" "));

/**
 * A styled line as SVG: its halo, the line, its arrowhead and its × (each given); `extra` attributes go on the
 * line itself.
 */
export function styledLine(
  points: readonly Point[],
  style: LineStyle,
  extra = "",
  arrow?: readonly Point[],
  cross?: Point,
): string[] {
  const d = pathData(points);
  const c = colour(style.colour);
  const out: string[] = [];
  if (style.halo) {
    out.push(
      `<path d="${d}" fill="none"${attr("stroke", colour(style.halo.colour))}${attr("stroke-width", style.halo.width)}${attr("stroke-opacity", style.halo.opacity)} stroke-linecap="round"/>`,
    );
  }
  const dash = style.dash ? attr("stroke-dasharray", style.dash.map(n).join(" ")) : "";
  const opacity = style.opacity < 1 ? attr("stroke-opacity", style.opacity) : "";
  out.push(
    `<path d="${d}" fill="none"${attr("stroke", c)}${attr("stroke-width", style.width)}${dash}${opacity}${extra}/>`,
  );
  if (arrow) {
    const fillOpacity = style.opacity < 1 ? attr("fill-opacity", style.opacity) : "";
    out.push(
      `<polygon points="${arrow.map((p) => `${n(p.x)},${n(p.y)}`).join(" ")}"${attr("fill", c)}${fillOpacity}/>`,
    );
  }
  if (cross) out.push(crossSvg(cross, c, style.width));
  return out;
}

/**
 * A small × in `stroke` colour centred on `p`, with a white outline so it reads over the line it marks; larger on
 * a line `width` wide enough to hide it.
 */
export function crossSvg(p: Point, stroke: string, width = 0): string {
  const r = Math.max(4.5, width * 1.6);
  const d = `M${n(p.x - r)},${n(p.y - r)} L${n(p.x + r)},${n(p.y + r)} M${n(p.x - r)},${n(p.y + r)} L${n(p.x + r)},${n(p.y - r)}`;
  return `<path d="${d}" stroke="#ffffff" stroke-width="5" stroke-linecap="round"/><path d="${d}"${attr("stroke", stroke)} stroke-width="2.2" stroke-linecap="round"/>`;
}

/** A party's shape at (x, y): a circle, or a rounded box for an organisation, with a ring around a hub. */
export function partySvg(
  x: number,
  y: number,
  rx: number,
  ry: number,
  style: NodeStyle,
  organisation: boolean,
  ring: boolean,
  extra = "",
): string[] {
  const paint = `${attr("fill", colour(style.fill))}${attr("stroke", colour(style.stroke))}${attr("stroke-width", style.strokeWidth)}${style.dashed ? ' stroke-dasharray="3 2"' : ""}`;
  const shape = (grow: number, look: string) =>
    organisation
      ? `<rect${attr("x", x - rx - grow)}${attr("y", y - ry - grow)}${attr("width", 2 * (rx + grow))}${attr("height", 2 * (ry + grow))}${attr("rx", Math.min(rx, ry) / 2 + grow)}${look}/>`
      : `<circle${attr("cx", x)}${attr("cy", y)}${attr("r", rx + grow)}${look}/>`;
  const out: string[] = [];
  if (ring)
    out.push(shape(style.strokeWidth / 2 + 3, ` fill="none"${attr("stroke", COLOURS.ink)} stroke-width="2"`));
  // Fill and stroke opacity rather than a group opacity: resvg fails on an opacity layer drawn wholly outside a clip.
  const fade =
    style.opacity < 1 ? `${attr("fill-opacity", style.opacity)}${attr("stroke-opacity", style.opacity)}` : "";
  out.push(shape(0, `${paint}${fade}${extra}`));
  return out;
}

/** A route's number in a white circle. */
export function badgeSvg(x: number, y: number, r: number, label: string, opacity = 1, extra = ""): string {
  // A lighter route's number fades its circle's stroke and its digits; the circle stays white over the lines.
  const fade = opacity < 1 ? attr("stroke-opacity", opacity) : "";
  return (
    `<g${extra}>` +
    `<circle${attr("cx", x)}${attr("cy", y)}${attr("r", r)} fill="#ffffff"${attr("stroke", COLOURS.ink)} stroke-width="1.5"${fade}/>` +
    `<text${attr("x", x)}${attr("y", y + r * 0.42)}${attr("font-size", r * 1.25)} font-weight="bold" text-anchor="middle"${attr("fill", COLOURS.ink)}${opacity < 1 ? attr("fill-opacity", opacity) : ""}>${escapeXml(label)}</text></g>`
  );
}
