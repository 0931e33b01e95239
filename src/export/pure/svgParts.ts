// The small pieces every part of our SVG is written with: numbers, attributes, safe colours and lines of text.
import type { TextLine } from "./frame";
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

/** A line of frame text as `<text>`. */
export function text(line: TextLine, anchor?: "middle"): string {
  return (
    `<text${attr("x", line.x)}${attr("y", line.y)}${attr("font-size", line.size)}` +
    `${line.bold ? ' font-weight="bold"' : ""}${attr("fill", line.colour)}${anchor ? ` text-anchor="${anchor}"` : ""}>` +
    `${escapeXml(line.text)}</text>`
  );
}
